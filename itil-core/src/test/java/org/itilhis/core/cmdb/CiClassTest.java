package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.itilhis.core.shared.Text;
import org.junit.jupiter.api.Test;

/** Inheritance of attribute definitions and validation of a CI's values against its class. */
class CiClassTest {
    private static final CiClass HARDWARE = CiClass.root("hardware", Text.of("hardware"),
            AttributeDefinition.text("manufacturer", 20), AttributeDefinition.text("model", 20));
    private static final CiClass SERVER = CiClass.childOf(HARDWARE, "server", new Text("cmdb.class.server", "server"),
            AttributeDefinition.text("hostname", 63).required(), AttributeDefinition.ipAddress("ipAddress").required(),
            AttributeDefinition.macAddress("macAddress"), AttributeDefinition.number("cpuCores", 1, 256),
            AttributeDefinition.text("manufacturer", 20).required());
    private static final CiClass BLADE = CiClass.childOf(SERVER, "blade", Text.of("blade"),
            AttributeDefinition.number("slot", 1, 16).required());

    @Test
    void aSubclassInheritsEveryAttributeOfItsAncestors() {
        assertThat(BLADE.attributes().keySet())
                .containsExactly("manufacturer", "model", "hostname", "ipAddress", "macAddress", "cpuCores", "slot");
        assertThat(BLADE.ownAttributes().keySet()).containsExactly("slot");
    }

    @Test
    void aSubclassMayTightenAnInheritedAttribute() {
        assertThat(HARDWARE.attributes().get("manufacturer").isRequired()).isFalse();
        assertThat(SERVER.attributes().get("manufacturer").isRequired()).isTrue();
        assertThat(BLADE.validate(Map.of("hostname", "pacs01", "ipAddress", "10.0.0.1", "slot", "3")))
                .extracting(AttributeViolation::attribute, AttributeViolation::reason)
                .containsExactly(tuple("manufacturer", "cmdb.attribute.missing"));
    }

    @Test
    void aSubclassCannotRedefineAnInheritedAttributeWithAnotherType() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                CiClass.childOf(HARDWARE, "odd", Text.of("odd"), AttributeDefinition.number("model", 1, 10)))
                .withMessageContaining("model");
    }

    @Test
    void aClassCannotDeclareTheSameAttributeTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> CiClass.root("odd", Text.of("odd"),
                AttributeDefinition.text("model", 10), AttributeDefinition.text("model", 20)));
    }

    @Test
    void aClassIsItselfAndEachOfItsAncestors() {
        assertThat(BLADE.isA(SERVER)).isTrue();
        assertThat(BLADE.isA(HARDWARE)).isTrue();
        assertThat(BLADE.isA(BLADE)).isTrue();
        assertThat(SERVER.isA(BLADE)).isFalse();
        assertThat(BLADE.lineage()).containsExactly(BLADE, SERVER, HARDWARE);
    }

    @Test
    void validValuesHaveNoViolation() {
        assertThat(SERVER.validate(Map.of("hostname", "his-db01", "ipAddress", "10.8.1.20", "manufacturer", "Inspur",
                "cpuCores", "64"))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> values = new HashMap<>();
        values.put("ipAddress", "10.8.1.300");
        values.put("macAddress", "00:1a:2b");
        values.put("cpuCores", "0");
        values.put("model", "a model name far too long for twenty");
        values.put("rackUnit", "12");
        values.put("colour", "grey");

        assertThat(SERVER.validate(values))
                .extracting(AttributeViolation::attribute, AttributeViolation::reason)
                .containsExactly(
                        tuple("manufacturer", "cmdb.attribute.missing"),
                        tuple("model", "cmdb.attribute.too-long"),
                        tuple("hostname", "cmdb.attribute.missing"),
                        tuple("ipAddress", "cmdb.attribute.not-an-ip-address"),
                        tuple("macAddress", "cmdb.attribute.not-a-mac-address"),
                        tuple("cpuCores", "cmdb.attribute.below-minimum"),
                        tuple("colour", "cmdb.attribute.unknown"),
                        tuple("rackUnit", "cmdb.attribute.unknown"));
    }

    @Test
    void aBlankValueCountsAsMissing() {
        assertThat(SERVER.validate(Map.of("hostname", "  ", "ipAddress", "10.0.0.1", "manufacturer", "Inspur")))
                .extracting(AttributeViolation::attribute).containsExactly("hostname");
    }

    @Test
    void checkValidReturnsTheStoredFormAndDropsBlanks() {
        assertThat(SERVER.checkValid(Map.of("hostname", " his-db01 ", "ipAddress", "FE80::1", "manufacturer", "Inspur",
                "macAddress", "AA-BB-CC-DD-EE-FF", "model", " ")))
                .containsExactly(Map.entry("manufacturer", "Inspur"), Map.entry("hostname", "his-db01"),
                        Map.entry("ipAddress", "fe80::1"), Map.entry("macAddress", "aa:bb:cc:dd:ee:ff"));
    }

    @Test
    void checkValidRefusesWithEveryViolationInEnglishAndChinese() {
        InvalidCiAttributesException refusal = catchThrowableOfType(InvalidCiAttributesException.class,
                () -> SERVER.checkValid(Map.of("ipAddress", "his-db01", "manufacturer", "Inspur")));

        assertThat(refusal.code()).isEqualTo("cmdb.invalid-attributes");
        assertThat(refusal.ciClass()).isEqualTo(SERVER);
        assertThat(refusal.violations()).extracting(AttributeViolation::attribute).containsExactly("hostname", "ipAddress");
        assertThat(refusal.getMessage()).isEqualTo("The attributes of this server are invalid: "
                + "hostname: required but missing, ipAddress: not an IPv4 or IPv6 address");
        assertThat(refusal.messageIn(Locale.ENGLISH)).isEqualTo(refusal.getMessage());
        assertThat(refusal.messageIn(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("该服务器的属性无效：属性 hostname：必填但未填写、属性 ipAddress：不是IPv4或IPv6地址");
    }

    @Test
    void aViolationReadsWithItsLimitInBothLanguages() {
        AttributeViolation violation = SERVER.validate(Map.of("hostname", "h", "ipAddress", "::1",
                "manufacturer", "Inspur", "cpuCores", "512")).get(0);

        assertThat(violation.describeIn(Locale.ENGLISH)).isEqualTo("cpuCores: above the maximum of 256");
        assertThat(violation.describeIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("属性 cpuCores：大于最大值 256");
    }

    @Test
    void aClassCodeIsLowerKebabCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> CiClass.root("Network_Device", Text.of("n")));
        assertThat(CiClass.root("network-device", Text.of("n")).code()).isEqualTo("network-device");
    }
}
