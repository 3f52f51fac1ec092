package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.routing.CategoryCode;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {
    private static final ServiceCatalogueEntry PACS =
            new ServiceCatalogueEntry("PACS", ServiceCriticality.CLINICAL_CRITICAL, SlaFixture.STANDARD);
    private final ServiceCatalogue catalogue = ServiceCatalogue.of(SlaFixture.DESKTOP, SlaFixture.HIS_OUTPATIENT, PACS)
            .withRule(CategoryCode.of("his"), "HIS outpatient")
            .withRule(CategoryCode.of("his.imaging"), "PACS");

    @Test
    void theMostSpecificCategoryRuleDecidesTheService() {
        assertThat(catalogue.serviceFor(CategoryCode.of("his.imaging.viewer"))).isEqualTo(PACS);
        assertThat(catalogue.serviceFor(CategoryCode.of("his.outpatient-registration")))
                .isEqualTo(SlaFixture.HIS_OUTPATIENT);
    }

    @Test
    void aTicketNoRuleCoversBelongsToTheDefaultService() {
        assertThat(catalogue.serviceFor(CategoryCode.of("desktop.printer"))).isEqualTo(SlaFixture.DESKTOP);
        assertThat(catalogue.withDefault("PACS").serviceFor(CategoryCode.of("hisx"))).isEqualTo(PACS);
    }

    @Test
    void replacingARuleKeepsOneRulePerCategory() {
        ServiceCatalogue changed = catalogue.withRule(CategoryCode.of("his"), "PACS");

        assertThat(changed.categoryRules()).containsEntry("his", "PACS").hasSize(2);
    }

    @Test
    void aRuleOrDefaultNamingAnUnlistedServiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withRule(CategoryCode.of("lis"), "LIS"))
                .withMessageContaining("'LIS', which is not in the catalogue");
        assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withDefault("EMR"))
                .withMessageContaining("default service 'EMR'");
    }

    @Test
    void aServiceListedTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceCatalogue.of(PACS, PACS))
                .withMessageContaining("listed twice");
    }

    @Test
    void describeListsServicesRulesAndTheDefault() {
        assertThat(catalogue.describe()).contains("PACS (CLINICAL_CRITICAL)", "category his.imaging -> PACS",
                "anything else -> desktop and printers");
    }
}
