package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proactive problem detection: the rules, as data, applied to the incidents of the last days.
 * For each rule the incidents are grouped by their keys (an incident with several affected CIs
 * counts for each); a key with at least the rule's threshold of incidents raised within its
 * window (ending now), and after the last dismissal of that rule and key, is a candidate. One
 * pass over the incidents per rule: the cost grows with the incidents of the window, not with
 * the history.
 */
public final class ProblemDetection {
    /** Incidents raised in one order come out in it: oldest first, then by ticket id. */
    private static final Comparator<IncidentSignal> RAISED = Comparator.comparing(IncidentSignal::raisedAt)
            .thenComparing(incident -> incident.ticket().value());

    private final ImmutableList<DetectionRule> rules;

    private ProblemDetection(List<DetectionRule> rules) {
        this.rules = ImmutableList.copyOf(rules);
        Set<String> codes = new HashSet<>();
        this.rules.forEach(rule -> checkArgument(codes.add(rule.code()), "two rules are coded %s", rule.code()));
    }

    public static ProblemDetection of(List<DetectionRule> rules) {
        return new ProblemDetection(checkNotNull(rules, "rules"));
    }

    /**
     * The hospital default of issue 15: 3 or more incidents on the same CI, or 5 of the same
     * category at the same location, within 7 days.
     */
    public static ProblemDetection hospitalDefault() {
        return of(List.of(
                new DetectionRule("same-ci", DetectionRule.Grouping.SAME_CI, 3, Duration.ofDays(7)),
                new DetectionRule("same-category-at-location", DetectionRule.Grouping.SAME_CATEGORY_AT_LOCATION, 5,
                        Duration.ofDays(7))));
    }

    public ImmutableList<DetectionRule> rules() {
        return rules;
    }

    /** The longest window of any rule: how far back the caller must read incidents. */
    public Duration lookBack() {
        return rules.stream().map(DetectionRule::window).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /**
     * The candidate problems at {@code now}: per rule in the rules' order, then by key; each
     * with its incidents oldest first. A dismissal of a rule and key hides the incidents raised
     * at or before it.
     */
    public List<CandidateProblem> candidates(Collection<IncidentSignal> incidents, Instant now,
                                             Collection<Dismissal> dismissals) {
        checkNotNull(incidents, "incidents");
        checkNotNull(now, "now");
        Map<String, Instant> dismissedUntil = new HashMap<>();
        checkNotNull(dismissals, "dismissals").forEach(dismissal -> dismissedUntil.merge(
                dismissal.rule() + " " + dismissal.key(), dismissal.at(), (a, b) -> a.isAfter(b) ? a : b));
        List<IncidentSignal> ordered = incidents.stream().sorted(RAISED).toList();
        List<CandidateProblem> candidates = new ArrayList<>();
        for (DetectionRule rule : rules) {
            ListMultimap<String, IncidentSignal> byKey = MultimapBuilder.treeKeys().arrayListValues().build();
            for (IncidentSignal incident : ordered) {
                if (rule.inWindow(incident, now)) {
                    for (String key : rule.grouping().keysOf(incident)) {
                        Instant dismissed = dismissedUntil.get(rule.code() + " " + key);
                        if (dismissed == null || incident.raisedAt().isAfter(dismissed)) {
                            byKey.put(key, incident);
                        }
                    }
                }
            }
            for (String key : byKey.keySet()) {
                List<IncidentSignal> clustered = byKey.get(key);
                if (clustered.size() >= rule.threshold()) {
                    candidates.add(new CandidateProblem(rule.code(), key, clustered.stream()
                            .map(IncidentSignal::ticket).collect(ImmutableList.toImmutableList())));
                }
            }
        }
        return candidates;
    }
}
