package org.itilhis.core.problem.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Detection agrees with a brute-force count: for every rule, every key any incident has, count
 * the incidents with that key in the window and after the key's last dismissal; a key reaching
 * the threshold is a candidate with exactly those incidents, oldest first.
 */
class ProblemDetectionProperties {
    private static final Instant NOW = Instant.parse("2026-03-09T08:00:00Z");
    private static final List<CiId> CIS = IntStream.range(0, 4)
            .mapToObj(i -> new CiId(new UUID(7, i))).toList();
    private static final List<String> CATEGORIES = List.of("printer", "his", "network");
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("ward-5"), LocationId.of("outpatient"));

    @Property(tries = 500)
    void candidatesAreExactlyTheKeysThatABruteForceCountFindsAtTheThreshold(
            @ForAll("incidents") List<IncidentSignal> incidents, @ForAll("rules") List<DetectionRule> rules,
            @ForAll("dismissals") List<Dismissal> dismissals) {
        ProblemDetection detection = ProblemDetection.of(rules);
        List<CandidateProblem> found = detection.candidates(incidents, NOW, dismissals);

        assertThat(found).isEqualTo(bruteForce(rules, incidents, dismissals));
        Statistics.label("candidates").collect(found.isEmpty() ? "none" : "some");
        Statistics.label("candidates").coverage(checker -> checker.check("some").percentage(p -> p > 30));
    }

    private static List<CandidateProblem> bruteForce(List<DetectionRule> rules, List<IncidentSignal> incidents,
                                                     List<Dismissal> dismissals) {
        List<CandidateProblem> expected = new ArrayList<>();
        for (DetectionRule rule : rules) {
            Set<String> keys = new java.util.TreeSet<>();
            incidents.forEach(incident -> keys.addAll(rule.grouping().keysOf(incident)));
            for (String key : keys) {
                Instant dismissedUntil = Instant.MIN;
                for (Dismissal dismissal : dismissals) {
                    if (dismissal.rule().equals(rule.code()) && dismissal.key().equals(key)
                            && dismissal.at().isAfter(dismissedUntil)) {
                        dismissedUntil = dismissal.at();
                    }
                }
                List<IncidentSignal> counted = new ArrayList<>();
                for (IncidentSignal incident : incidents) {
                    boolean inWindow = incident.raisedAt().isAfter(NOW.minus(rule.window()))
                            && !incident.raisedAt().isAfter(NOW);
                    if (inWindow && incident.raisedAt().isAfter(dismissedUntil)
                            && rule.grouping().keysOf(incident).contains(key)) {
                        counted.add(incident);
                    }
                }
                if (counted.size() >= rule.threshold()) {
                    counted.sort(java.util.Comparator.comparing(IncidentSignal::raisedAt)
                            .thenComparing(incident -> incident.ticket().value()));
                    expected.add(new CandidateProblem(rule.code(), key,
                            counted.stream().map(IncidentSignal::ticket).collect(ImmutableList.toImmutableList())));
                }
            }
        }
        return expected;
    }

    @Provide
    Arbitrary<List<IncidentSignal>> incidents() {
        Arbitrary<IncidentSignal> incident = Combinators.combine(
                Arbitraries.integers().between(-24, 24 * 10), // hours before now; some after it
                Arbitraries.of(CATEGORIES),
                Arbitraries.of(LOCATIONS).optional(0.8),
                Arbitraries.of(CIS).set().ofMaxSize(2),
                Arbitraries.longs().between(0, 1_000_000))
                .as((hoursAgo, category, location, cis, id) -> new IncidentSignal(new TicketId(new UUID(1, id)),
                        NOW.minus(Duration.ofHours(hoursAgo)), CategoryCode.of(category),
                        Optional.ofNullable(location.orElse(null)), ImmutableSet.copyOf(cis)));
        return incident.list().ofMinSize(4).ofMaxSize(40).uniqueElements(IncidentSignal::ticket);
    }

    @Provide
    Arbitrary<List<DetectionRule>> rules() {
        Arbitrary<DetectionRule> rule = Combinators.combine(Arbitraries.of(DetectionRule.Grouping.values()),
                Arbitraries.integers().between(2, 6), Arbitraries.integers().between(1, 10))
                .as((grouping, threshold, days) -> new DetectionRule("rule", grouping, threshold, Duration.ofDays(days)));
        return rule.list().ofMinSize(1).ofMaxSize(3).map(ProblemDetectionProperties::coded);
    }

    private static List<DetectionRule> coded(List<DetectionRule> rules) {
        List<DetectionRule> coded = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DetectionRule rule = rules.get(i);
            coded.add(new DetectionRule("rule-" + i, rule.grouping(), rule.threshold(), rule.window()));
        }
        return coded;
    }

    @Provide
    Arbitrary<List<Dismissal>> dismissals() {
        Set<String> keys = new LinkedHashSet<>();
        CIS.forEach(ci -> keys.add("ci:" + ci.value()));
        CATEGORIES.forEach(category -> LOCATIONS.forEach(location -> keys.add("category:" + category + "@"
                + location.value())));
        Arbitrary<Dismissal> dismissal = Combinators.combine(Arbitraries.of("rule-0", "rule-1", "rule-2"),
                Arbitraries.of(List.copyOf(keys)), Arbitraries.integers().between(0, 24 * 10))
                .as((rule, key, hoursAgo) -> new Dismissal(rule, key, NOW.minus(Duration.ofHours(hoursAgo)),
                        StaffId.of("PM001"), "not a problem"));
        return dismissal.list().ofMaxSize(4);
    }
}
