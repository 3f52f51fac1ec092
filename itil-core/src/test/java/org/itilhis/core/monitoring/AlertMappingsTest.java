package org.itilhis.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class AlertMappingsTest {
    private static final CiId EMR_DB = new CiId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final CiId LIS_DB = new CiId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    private static final CiId SWITCH = new CiId(UUID.fromString("00000000-0000-0000-0000-000000000003"));

    /** emr-db01 at 10.10.1.32, tagged SRV-EMR-DB01; lis-db01 at 10.10.1.42; fe80::1 is the switch. */
    private static final CiLookup ESTATE = new CiLookup() {
        @Override
        public Optional<CiId> byAssetTag(String assetTag) {
            return assetTag.equals("SRV-EMR-DB01") ? Optional.of(EMR_DB) : Optional.empty();
        }

        @Override
        public Optional<CiId> byAttribute(String attribute, String value) {
            return switch (attribute + "=" + value) {
                case "hostname=emr-db01" -> Optional.of(EMR_DB);
                case "hostname=lis-db01", "ipAddress=10.10.1.42" -> Optional.of(LIS_DB);
                case "ipAddress=fe80::1", "hostname=core-sw1.dc.example.org" -> Optional.of(SWITCH);
                default -> Optional.empty();
            };
        }
    };

    private static Optional<CiId> mapped(Map<String, String> labels) {
        return AlertMappings.hospitalDefault().map(labels, ESTATE);
    }

    @Test
    void theDefaultsTryTheAssetTagThenTheHostNameThenTheAddress() {
        assertThat(mapped(Map.of("asset_tag", "SRV-EMR-DB01", "host", "lis-db01"))).contains(EMR_DB);
        assertThat(mapped(Map.of("host", "LIS-DB01 ", "ip", "10.10.1.32"))).contains(LIS_DB);
        assertThat(mapped(Map.of("ip", "10.10.1.42"))).contains(LIS_DB);
        assertThat(mapped(Map.of("asset_tag", "SRV-NONE", "ip", "10.10.1.42"))).contains(LIS_DB);
        assertThat(mapped(Map.of("job", "node"))).isEmpty();
    }

    @Test
    void anInstanceLabelIsReadWithoutItsPortAsAHostNameOrAnAddress() {
        assertThat(mapped(Map.of("instance", "emr-db01:9100"))).contains(EMR_DB);
        assertThat(mapped(Map.of("instance", "10.10.1.42:9100"))).contains(LIS_DB);
        assertThat(mapped(Map.of("instance", "[fe80::1]:9100"))).contains(SWITCH);
        assertThat(mapped(Map.of("instance", "fe80::1"))).contains(SWITCH);
        assertThat(mapped(Map.of("instance", "https://core-sw1.dc.example.org:8443/health"))).contains(SWITCH);
    }

    @Test
    void theFirstRuleThatFindsAnItemWinsAndReplacingTheRulesIsAnEventAtTheNextVersion() {
        AlertMappings mappings = AlertMappings.hospitalDefault();

        mappings.replace(List.of(AlertMappingRule.labelValue("job", "pacs", SWITCH),
                AlertMappingRule.hostName("instance", "hostname")), StaffId.of("K0001"), Instant.EPOCH);

        assertThat(mappings.map(Map.of("job", "pacs", "instance", "emr-db01:9100"), ESTATE)).contains(SWITCH);
        assertThat(mappings.map(Map.of("job", "node", "instance", "emr-db01:9100"), ESTATE)).contains(EMR_DB);
        assertThat(mappings.map(Map.of("asset_tag", "SRV-EMR-DB01"), ESTATE)).isEmpty();
        assertThat(mappings.version()).isEqualTo(1);
        assertThat(mappings.attributes()).containsExactly("hostname");
        assertThat(mappings.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("monitoring.mapping-rules-replaced");
            assertThat(e.aggregateId()).isEqualTo("alert-mappings");
        });
    }
}
