package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.itilhis.core.shared.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each attribute type with good and bad values, one attribute at a time. */
class AttributeDefinitionTest {

    private static CiClass classWith(AttributeDefinition attribute) {
        return CiClass.root("thing", Text.of("thing"), attribute);
    }

    private static String reasonFor(AttributeDefinition attribute, String value) {
        return classWith(attribute).validate(Map.of(attribute.code(), value)).stream()
                .map(AttributeViolation::reason).findFirst().orElse("valid");
    }

    @Test
    void aTextMayReachItsMaximumLengthButNotExceedIt() {
        AttributeDefinition hostname = AttributeDefinition.text("hostname", 5);

        assertThat(reasonFor(hostname, "his01")).isEqualTo("valid");
        assertThat(reasonFor(hostname, "his001")).isEqualTo("cmdb.attribute.too-long");
        assertThat(classWith(hostname).validate(Map.of("hostname", "his001")).get(0).arguments()).containsExactly("5");
    }

    @Test
    void aTextIsMeasuredAfterStripping() {
        assertThat(reasonFor(AttributeDefinition.text("hostname", 5), "  his01  ")).isEqualTo("valid");
    }

    @Test
    void aNumberMustParseAndStayWithinItsBoundsBothIncluded() {
        AttributeDefinition port = AttributeDefinition.number("port", 1, 65535);

        assertThat(reasonFor(port, "1")).isEqualTo("valid");
        assertThat(reasonFor(port, "65535")).isEqualTo("valid");
        assertThat(reasonFor(port, "1521.0")).isEqualTo("valid");
        assertThat(reasonFor(port, "0")).isEqualTo("cmdb.attribute.below-minimum");
        assertThat(reasonFor(port, "65536")).isEqualTo("cmdb.attribute.above-maximum");
        assertThat(reasonFor(port, "eighty")).isEqualTo("cmdb.attribute.not-a-number");
        assertThat(reasonFor(port, "80 80")).isEqualTo("cmdb.attribute.not-a-number");
    }

    @Test
    void aNumberWithoutBoundsTakesAnyDecimal() {
        AttributeDefinition load = AttributeDefinition.number("load", Range.all());

        assertThat(reasonFor(load, "-12.75")).isEqualTo("valid");
        assertThat(reasonFor(load, "1e9")).isEqualTo("valid");
    }

    @Test
    void aNumberRangeWithAnExcludedBoundIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                AttributeDefinition.number("load", Range.open(BigDecimal.ZERO, BigDecimal.TEN)));
    }

    @Test
    void aDateIsACalendarDateYearFirstAsSpreadsheetsWriteItAndIsStoredAsIso() {
        AttributeDefinition warranty = AttributeDefinition.date("warrantyEnd");

        assertThat(reasonFor(warranty, "2028-02-29")).isEqualTo("valid");
        for (String written : List.of("2027/3/1", "2027-3-1", "2027.03.01", "2027年3月1日")) {
            assertThat(reasonFor(warranty, written)).as(written).isEqualTo("valid");
            assertThat(warranty.normalise(written)).as(written).isEqualTo("2027-03-01");
        }
        assertThat(reasonFor(warranty, "2027-02-29")).isEqualTo("cmdb.attribute.not-a-date");
        assertThat(reasonFor(warranty, "2027/13/01")).isEqualTo("cmdb.attribute.not-a-date");
        assertThat(reasonFor(warranty, "31.12.2028")).isEqualTo("cmdb.attribute.not-a-date");
        assertThat(reasonFor(warranty, "2027/03-01")).isEqualTo("cmdb.attribute.not-a-date");
    }

    @Test
    void anEnumerationTakesExactlyItsValues() {
        AttributeDefinition engine = AttributeDefinition.enumeration("engine", "oracle", "postgresql");

        assertThat(reasonFor(engine, "postgresql")).isEqualTo("valid");
        assertThat(reasonFor(engine, "PostgreSQL")).isEqualTo("cmdb.attribute.not-allowed");
        assertThat(classWith(engine).validate(Map.of("engine", "db2")).get(0).arguments())
                .containsExactly("oracle, postgresql");
    }

    @Test
    void anEnumerationNeedsAtLeastOneValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> AttributeDefinition.enumeration("engine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "0.0.0.0", "255.255.255.255", "::1", "::", "fe80::1", "2001:db8::8a2e:370:7334",
        "2001:0DB8:0000:0000:0000:FF00:0042:8329", "::ffff:192.168.1.20", "64:ff9b::10.0.0.1", "1:2:3:4:5:6:7:8"})
    void anIpAddressMayBeIpv4OrAnyIpv6Form(String address) {
        assertThat(reasonFor(AttributeDefinition.ipAddress("ipAddress"), address)).isEqualTo("valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.256", "10.1.2", "10.1.2.3.4", "010.1.2.3", "his-db01.hospital.local", "localhost",
        "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "2001:db8::1::2", "fe80::1%eth0", "fe80::1%1", "12345::", "::g",
        "10.1.2.3/24", "[::1]", "1.2.3.4:80"})
    void anythingElseIsNotAnIpAddress(String address) {
        assertThat(reasonFor(AttributeDefinition.ipAddress("ipAddress"), address))
                .isEqualTo("cmdb.attribute.not-an-ip-address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "FF:ff:FF:ff:FF:ff"})
    void aMacAddressUsesColonsOrHyphens(String address) {
        assertThat(reasonFor(AttributeDefinition.macAddress("macAddress"), address)).isEqualTo("valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:1a:2b:3c:4d", "00:1a:2b:3c:4d:5e:6f", "00:1a-2b:3c:4d:5e", "001a.2b3c.4d5e",
        "001a2b3c4d5e", "00:1a:2b:3c:4d:5g", "0:1a:2b:3c:4d:5e"})
    void anythingElseIsNotAMacAddress(String address) {
        assertThat(reasonFor(AttributeDefinition.macAddress("macAddress"), address))
                .isEqualTo("cmdb.attribute.not-a-mac-address");
    }

    @Test
    void aMacAddressIsStoredInLowerCaseWithColons() {
        CiClass nic = classWith(AttributeDefinition.macAddress("macAddress"));

        assertThat(nic.checkValid(Map.of("macAddress", " 00-1A-2B-3C-4D-5E ")))
                .containsExactly(Map.entry("macAddress", "00:1a:2b:3c:4d:5e"));
    }

    @Test
    void anAttributeCodeIsLowerCamelCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> AttributeDefinition.ipAddress("ip-address"));
        assertThatIllegalArgumentException().isThrownBy(() -> AttributeDefinition.text("Hostname", 10));
    }

    @Test
    void requiredIsACopyAndLeavesTheOptionalDefinitionAlone() {
        AttributeDefinition optional = AttributeDefinition.text("hostname", 63);

        assertThat(optional.required().isRequired()).isTrue();
        assertThat(optional.isRequired()).isFalse();
        assertThat(optional.required()).isNotEqualTo(optional).isEqualTo(AttributeDefinition.text("hostname", 63).required());
    }
}
