package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/**
 * Random command sequences on one configuration item: a refused command changes nothing,
 * the history replays to the item, and the item as of every instant of its history is the
 * item as it was right after the last change at that instant.
 */
class ConfigurationItemHistoryProperties {
    private static final StaffId ACTOR = StaffId.of("K0001");
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final CiClassCatalogue CLASSES = CiClassCatalogue.hospitalDefault();
    private static final List<ConfigurationItem> OTHERS = List.of(other(1), other(2), other(3));

    /** One command: a kind (0 to 5), a choice among its options, whether optional fields are given, and seconds later. */
    record Step(int kind, int choice, boolean given, int secondsLater) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 20), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 1000)
    void theHistoryReplaysToTheItemAtEveryInstantAndRefusalsChangeNothing(@ForAll("steps") List<Step> steps) {
        Instant at = START;
        ConfigurationItem item = ConfigurationItem.register(new CiId(new UUID(9, 0)), CLASSES.get("server"),
                ConfigurationItemTest.serverDetails("SRV-0"), CiStatus.IN_STOCK, ACTOR, at);
        List<CiEvent> history = new ArrayList<>(item.pullEvents());
        Map<Instant, CiSnapshot> stateAt = new LinkedHashMap<>();
        stateAt.put(at, item.snapshot());
        for (Step step : steps) {
            at = at.plusSeconds(step.secondsLater());
            CiSnapshot before = item.snapshot();
            try {
                apply(item, step, at);
            } catch (DomainException | IllegalArgumentException refused) {
                assertThat(item.snapshot()).isEqualTo(before);
                assertThat(item.pendingEvents()).isEmpty();
                continue;
            }
            List<CiEvent> recorded = item.pullEvents();
            assertThat(item.version()).isEqualTo(before.version() + recorded.size());
            history.addAll(recorded);
            if (!recorded.isEmpty()) {
                stateAt.put(at, item.snapshot());
            }
        }

        assertThat(ConfigurationItem.replay(history).snapshot()).isEqualTo(item.snapshot());
        stateAt.forEach((instant, snapshot) ->
                assertThat(ConfigurationItem.asOf(history, instant).orElseThrow().snapshot()).isEqualTo(snapshot));
        assertThat(ConfigurationItem.asOf(history, START.minusNanos(1))).isEmpty();
    }

    private static void apply(ConfigurationItem item, Step step, Instant at) {
        ConfigurationItem other = OTHERS.get(step.choice() % OTHERS.size());
        RelationshipType type = RelationshipType.values()[step.choice() % RelationshipType.values().length];
        switch (step.kind()) {
            case 0 -> item.take(CiAction.values()[step.choice() % CiAction.values().length],
                    step.given() ? CiLocation.of("Main", "B" + step.choice(), null, null) : null,
                    step.given() ? "reason " + step.choice() : null, ACTOR, at);
            case 1 -> item.change(CLASSES.get("server"), ConfigurationItemTest.serverDetails("SRV-0")
                    .withSerialNumber(step.given() ? "SN" + step.choice() % 3 : null), null, ACTOR, at);
            case 2 -> item.relate(type, other, RelationshipRules.allowingEverything(), ACTOR, at);
            case 3 -> item.unrelate(type, other.id(), ACTOR, at);
            case 4 -> item.declareRedundancy(step.given() ? RedundancyRule.downWhen(type, 1 + step.choice() % 2)
                    : RedundancyRule.downWhenPercent(type, 50), ACTOR, at);
            default -> item.withdrawRedundancy(type, ACTOR, at);
        }
    }

    private static ConfigurationItem other(int n) {
        return ConfigurationItem.register(new CiId(new UUID(9, n)), CLASSES.get("storage"),
                CiDetails.of(AssetTag.of("STO-" + n), "Storage " + n, ServiceCriticality.IMPORTANT)
                        .withAttributes(Map.of("capacityTb", "100")), CiStatus.IN_USE, ACTOR, START);
    }
}
