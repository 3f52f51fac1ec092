package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;
import org.itilhis.core.shared.Text;
import org.junit.jupiter.api.Test;

/** Building and extending the catalogue of CI classes, and the classes every hospital starts from. */
class CiClassCatalogueTest {
    private static final CiClass HARDWARE = CiClass.root("hardware", Text.of("hardware"),
            AttributeDefinition.text("model", 50));
    private static final CiClass PRINTER = CiClass.childOf(HARDWARE, "printer", Text.of("printer"),
            AttributeDefinition.ipAddress("ipAddress"));

    @Test
    void theDefaultHasTheHospitalsHardwareSoftwareAndServices() {
        CiClassCatalogue catalogue = CiClassCatalogue.hospitalDefault();

        assertThat(catalogue.childrenOf(catalogue.get("hardware"))).extracting(CiClass::code)
                .containsExactly("workstation", "printer", "network-device", "server", "storage");
        assertThat(catalogue.childrenOf(catalogue.get("software"))).extracting(CiClass::code)
                .containsExactly("application-system", "database", "middleware");
        assertThat(catalogue.childrenOf(catalogue.get("application-system"))).extracting(CiClass::code)
                .containsExactly("his", "emr", "lis", "pacs");
        assertThat(catalogue.childrenOf(catalogue.get("business-service"))).extracting(CiClass::code)
                .containsExactly("outpatient-registration", "inpatient-pharmacy", "imaging");
        assertThat(catalogue.get("pacs").isA(catalogue.get("software"))).isTrue();
    }

    @Test
    void everyDefaultClassHasANameInEnglishAndChinese() {
        assertThat(CiClassCatalogue.hospitalDefault().classes()).allSatisfy(c -> {
            assertThat(Text.of(c.name().key()).in(Locale.ENGLISH)).as(c.code()).isNotEqualTo(c.name().key());
            assertThat(c.name().in(Locale.SIMPLIFIED_CHINESE)).as(c.code()).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void aDefaultServerNeedsAHostnameAndAnIpAddress() {
        CiClass server = CiClassCatalogue.hospitalDefault().get("server");

        assertThat(server.validate(Map.of("manufacturer", "Huawei")))
                .extracting(AttributeViolation::attribute).containsExactly("hostname", "ipAddress");
    }

    @Test
    void aHospitalAddsItsOwnClassUnderADefaultOne() {
        CiClassCatalogue defaults = CiClassCatalogue.hospitalDefault();
        CiClass nurseCall = CiClass.childOf(defaults.get("hardware"), "nurse-call-station", Text.of("nurse call station"),
                AttributeDefinition.text("ward", 30).required());

        CiClassCatalogue extended = defaults.with(nurseCall);

        assertThat(extended.find("nurse-call-station")).contains(nurseCall);
        assertThat(defaults.find("nurse-call-station")).isEmpty();
        assertThat(nurseCall.attributes()).containsKeys("manufacturer", "model", "ward");
    }

    @Test
    void codesAreUnique() {
        assertThatIllegalArgumentException().isThrownBy(() -> CiClassCatalogue.of(HARDWARE, PRINTER,
                CiClass.childOf(HARDWARE, "printer", Text.of("another printer")))).withMessageContaining("printer");
        assertThatIllegalArgumentException().isThrownBy(() -> CiClassCatalogue.hospitalDefault()
                .with(CiClass.root("server", Text.of("server"))));
    }

    @Test
    void everyParentIsInTheCatalogue() {
        assertThatIllegalArgumentException().isThrownBy(() -> CiClassCatalogue.of(PRINTER))
                .withMessageContaining("hardware");
    }

    @Test
    void aParentIsTheVerySameClassAsTheOneInTheCatalogue() {
        CiClass otherHardware = CiClass.root("hardware", Text.of("hardware"), AttributeDefinition.number("model", 1, 9));

        assertThatIllegalArgumentException().isThrownBy(() -> CiClassCatalogue.of(otherHardware, PRINTER))
                .withMessageContaining("parent hardware of the class printer");
    }

    @Test
    void parentsMayFollowTheirChildren() {
        assertThat(CiClassCatalogue.of(PRINTER, HARDWARE).classes()).containsExactly(PRINTER, HARDWARE);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(CiClassCatalogue.hospitalDefault().find("toaster")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> CiClassCatalogue.hospitalDefault().get("toaster"));
    }
}
