package org.itilhis.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.StaffId;

/**
 * The mapping rules against a brute-force reading: for any ordered rules and any labels, the item
 * found is that of the first rule, in order, that applies on its own; and moving a rule that finds
 * nothing changes nothing.
 */
class AlertMappingProperties {
    private static final List<String> LABELS = List.of("asset_tag", "host", "ip", "instance", "job");
    private static final List<String> VALUES = List.of("a", "b", "c", "a:9100");

    /** Every (attribute or asset tag, value) finds the item named after them, except value c. */
    private static final CiLookup ITEMS = new CiLookup() {
        @Override
        public Optional<CiId> byAssetTag(String assetTag) {
            return item("tag", assetTag);
        }

        @Override
        public Optional<CiId> byAttribute(String attribute, String value) {
            return item(attribute, value);
        }

        private Optional<CiId> item(String attribute, String value) {
            return value.equals("c") ? Optional.empty()
                    : Optional.of(new CiId(UUID.nameUUIDFromBytes((attribute + "=" + value).getBytes())));
        }
    };

    @Property
    void theItemFoundIsThatOfTheFirstRuleThatAppliesOnItsOwn(@ForAll("rules") List<AlertMappingRule> rules,
                                                              @ForAll("labels") Map<String, String> labels) {
        AlertMappings mappings = AlertMappings.hospitalDefault();
        mappings.replace(rules, StaffId.of("K0001"), Instant.EPOCH);

        Optional<CiId> expected = Optional.empty();
        for (AlertMappingRule rule : rules) {
            Optional<CiId> alone = single(rule).map(labels, ITEMS);
            if (alone.isPresent()) {
                expected = alone;
                break;
            }
        }
        assertThat(mappings.map(labels, ITEMS)).isEqualTo(expected);
    }

    @Property
    void aRuleThatFindsNothingMayMoveAnywhereWithoutChangingTheItem(@ForAll("rules") List<AlertMappingRule> rules,
                                                                     @ForAll("labels") Map<String, String> labels) {
        AlertMappingRule idle = AlertMappingRule.hostName("nowhere", "hostname");
        Optional<CiId> without = with(rules).map(labels, ITEMS);
        for (int at = 0; at <= rules.size(); at++) {
            List<AlertMappingRule> moved = new ArrayList<>(rules);
            moved.add(at, idle);
            assertThat(with(moved).map(labels, ITEMS)).isEqualTo(without);
        }
    }

    private static AlertMappings single(AlertMappingRule rule) {
        return with(List.of(rule));
    }

    private static AlertMappings with(List<AlertMappingRule> rules) {
        AlertMappings mappings = AlertMappings.hospitalDefault();
        mappings.replace(rules, StaffId.of("K0001"), Instant.EPOCH);
        return mappings;
    }

    @Provide
    Arbitrary<List<AlertMappingRule>> rules() {
        Arbitrary<String> label = Arbitraries.of(LABELS);
        Arbitrary<AlertMappingRule> rule = Arbitraries.oneOf(
                label.map(AlertMappingRule::assetTag),
                label.map(l -> AlertMappingRule.hostName(l, "hostname")),
                label.map(l -> AlertMappingRule.ipAddress(l, "ipAddress")),
                Combinators.combine(label, Arbitraries.of(VALUES)).as((l, v) -> AlertMappingRule.labelValue(l, v,
                        new CiId(UUID.nameUUIDFromBytes(("rule " + l + v).getBytes())))));
        return rule.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Map<String, String>> labels() {
        return Arbitraries.maps(Arbitraries.of(LABELS), Arbitraries.of(VALUES)).ofMaxSize(5)
                .map(HashMap::new);
    }
}
