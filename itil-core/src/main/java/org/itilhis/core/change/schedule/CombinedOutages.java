package org.itilhis.core.change.schedule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;

/**
 * Finds the minimal sets of outage-taking changes, all under way at one instant, that together
 * take a business service down although none of them alone does.
 *
 * <p>The algorithm, correctness first:
 * <ol>
 * <li>Changes that share an instant share the latest of their starts (intervals on a line), so
 * every such set lies in the set of changes under way at some start instant. A sweep in order
 * of start keeps that active set and examines it only when it is maximal, that is when one of
 * its changes ends before the next start (otherwise the next active set contains it).
 * <li>In a maximal active set, a service can go down only from the changes whose own impact
 * reaches it: impact travels only through the items that need what failed, so a change whose
 * items cannot reach the service changes nothing there. Changes that take it down alone are no
 * part of a minimal set of two or more. The remaining changes, grouped by service, are few.
 * <li>For each service with two or more such changes, if the impact of all of them together
 * leaves it up, nothing below does (impact only grows with what fails); otherwise the subsets
 * are tried by increasing size, skipping supersets of sets already found, each judged by
 * {@code ImpactAnalysis.impactOf(union)} so that the CMDB's redundancy rules decide. Impacts of
 * the same union are computed once per run.
 * </ol>
 * The sets found are therefore exactly the minimal ones: no set without one of its changes takes
 * the service down, which a brute-force property checks over small random estates. A set found for
 * several services (two servers under a hospital's applications take a hundred services down
 * together) is reported once, with each service and its paths.
 */
final class CombinedOutages {
    private final ScheduleCheck check;
    private final ChangeAssessment mandatory;
    private final Map<Set<ChangeId>, ImpactReport> impacts = new HashMap<>();
    private final Map<Set<ChangeId>, Found> found = new LinkedHashMap<>();

    /** A set of changes found so far and the services it takes down, each with the changes' paths. */
    private record Found(List<ChangeAssessment> changes, Map<CiId, ScheduleConflict.ServiceDown> services) {
    }

    private CombinedOutages(ScheduleCheck check, ChangeAssessment mandatory) {
        this.check = check;
        this.mandatory = mandatory;
    }

    /** Every combined outage among {@code assessed}. */
    static List<ScheduleConflict.CombinedOutage> among(ScheduleCheck check, List<ChangeAssessment> assessed) {
        return new CombinedOutages(check, null).sweep(assessed);
    }

    /** Every combined outage among {@code assessed} of which {@code candidate} (one of them) is a part. */
    static List<ScheduleConflict.CombinedOutage> involving(ScheduleCheck check, ChangeAssessment candidate,
            List<ChangeAssessment> assessed) {
        if (candidate.servicesReachedNotDown().isEmpty()) {
            return List.of();
        }
        return new CombinedOutages(check, candidate).sweep(assessed);
    }

    private List<ScheduleConflict.CombinedOutage> sweep(List<ChangeAssessment> assessed) {
        List<ChangeAssessment> sorted = assessed.stream()
                .filter(a -> !a.servicesReachedNotDown().isEmpty())
                .sorted(Comparator.comparing(a -> a.change().start()))
                .toList();
        List<ChangeAssessment> active = new ArrayList<>();
        int next = 0;
        while (next < sorted.size()) {
            Instant now = sorted.get(next).change().start();
            active.removeIf(a -> !a.change().end().isAfter(now));
            while (next < sorted.size() && sorted.get(next).change().start().equals(now)) {
                active.add(sorted.get(next++));
            }
            Instant following = next < sorted.size() ? sorted.get(next).change().start() : null;
            boolean maximal = following == null || active.stream().anyMatch(a -> !a.change().end().isAfter(following));
            if (maximal && active.size() >= 2) {
                examine(active);
            }
        }
        return found.values().stream().map(CombinedOutages::outage).collect(ImmutableList.toImmutableList());
    }

    /** The minimal sets within one maximal set of changes under way together. */
    private void examine(List<ChangeAssessment> active) {
        if (mandatory != null && !active.contains(mandatory)) {
            return;
        }
        Map<CiId, List<ChangeAssessment>> byService = new LinkedHashMap<>();
        for (ChangeAssessment a : active) {
            for (CiId service : a.servicesReachedNotDown().keySet()) {
                if (mandatory == null || mandatory.servicesReachedNotDown().containsKey(service)) {
                    byService.computeIfAbsent(service, s -> new ArrayList<>()).add(a);
                }
            }
        }
        byService.forEach((service, reaching) -> {
            if (reaching.size() >= 2) {
                minimalSets(service, reaching);
            }
        });
    }

    private void minimalSets(CiId service, List<ChangeAssessment> reaching) {
        if (!takesDown(service, reaching)) {
            return;
        }
        List<Set<ChangeAssessment>> minimal = new ArrayList<>();
        int n = reaching.size();
        for (int size = 2; size <= n; size++) {
            int[] index = new int[size];
            for (int i = 0; i < size; i++) {
                index[i] = i;
            }
            while (true) {
                List<ChangeAssessment> subset = new ArrayList<>(size);
                for (int i : index) {
                    subset.add(reaching.get(i));
                }
                if (minimal.stream().noneMatch(subset::containsAll) && takesDown(service, subset)) {
                    // Minimal sets without the candidate are kept to rule out their supersets, not reported.
                    minimal.add(ImmutableSet.copyOf(subset));
                    if (mandatory == null || subset.contains(mandatory)) {
                        record(service, subset);
                    }
                }
                int i = size - 1;
                while (i >= 0 && index[i] == n - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                index[i]++;
                for (int j = i + 1; j < size; j++) {
                    index[j] = index[j - 1] + 1;
                }
            }
        }
    }

    private boolean takesDown(CiId service, List<ChangeAssessment> changes) {
        Set<ChangeId> key = changes.stream().map(a -> a.change().id()).collect(ImmutableSet.toImmutableSet());
        var impact = impacts.computeIfAbsent(key, k -> check.impactOf(
                changes.stream().flatMap(a -> a.change().touched().stream()).collect(ImmutableSet.toImmutableSet())));
        return impact.stateOf(service) == OperationalState.DOWN;
    }

    private void record(CiId service, List<ChangeAssessment> subset) {
        Set<ChangeId> ids = subset.stream().map(a -> a.change().id()).collect(ImmutableSet.toImmutableSet());
        Found set = found.computeIfAbsent(ids, k -> new Found(ImmutableList.copyOf(subset), new LinkedHashMap<>()));
        set.services().computeIfAbsent(service, s -> {
            ImmutableMap.Builder<ChangeId, CiPath> paths = ImmutableMap.builder();
            subset.forEach(a -> paths.put(a.change().id(), a.servicesReachedNotDown().get(service)));
            return new ScheduleConflict.ServiceDown(service, paths.build());
        });
    }

    private static ScheduleConflict.CombinedOutage outage(Found set) {
        Instant from = set.changes().stream().map(a -> a.change().start()).max(Comparator.naturalOrder()).orElseThrow();
        Instant to = set.changes().stream().map(a -> a.change().end()).min(Comparator.naturalOrder()).orElseThrow();
        List<ScheduleConflict.ServiceDown> services = set.services().values().stream()
                .sorted(Comparator.comparingInt(s -> s.paths().values().stream().mapToInt(CiPath::length).min().orElse(0)))
                .toList();
        return new ScheduleConflict.CombinedOutage(set.changes().stream().map(ChangeAssessment::change).toList(), from, to,
                services);
    }
}
