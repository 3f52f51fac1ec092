package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;

/**
 * The scheduled changes, each assessed once by a {@link ScheduleCheck} (the impact of its
 * touched items failing, the services it reaches), checked as a whole ({@link #conflicts()}) or
 * against a candidate ({@link #check(ScheduledChange)}), and laid out for a period
 * ({@link #forward(Instant, Instant)}).
 *
 * <p>A candidate with the id of a scheduled change is that change rescheduled: it is checked
 * against the others only.
 */
public final class ChangeSchedule {
    private final ScheduleCheck check;
    private final ImmutableList<ChangeAssessment> assessed;
    private final ImmutableMap<ChangeId, ChangeAssessment> byId;
    private final ImmutableListMultimap<CiId, ChangeAssessment> byTouched;

    ChangeSchedule(ScheduleCheck check, Iterable<ScheduledChange> changes) {
        this.check = checkNotNull(check, "check");
        List<ChangeAssessment> assessed = new ArrayList<>();
        for (ScheduledChange change : checkNotNull(changes, "changes")) {
            assessed.add(ChangeAssessment.of(change, check.impactOf(change.touched())));
        }
        assessed.sort(Comparator.comparing((ChangeAssessment a) -> a.change().start()).thenComparing(a -> a.change().number().toString()));
        this.assessed = ImmutableList.copyOf(assessed);
        Map<ChangeId, ChangeAssessment> byId = new LinkedHashMap<>();
        ImmutableListMultimap.Builder<CiId, ChangeAssessment> byTouched = ImmutableListMultimap.builder();
        for (ChangeAssessment a : assessed) {
            checkArgument(byId.put(a.change().id(), a) == null, "change %s is scheduled twice", a.change().number());
            a.change().touched().forEach(item -> byTouched.put(item, a));
        }
        this.byId = ImmutableMap.copyOf(byId);
        this.byTouched = byTouched.build();
    }

    /** The scheduled changes in order of their start. */
    public List<ScheduledChange> changes() {
        return assessed.stream().map(ChangeAssessment::change).collect(ImmutableList.toImmutableList());
    }

    /**
     * Every conflict of {@code candidate} with the calendar and the scheduled changes: the
     * blackouts it runs in, the changes it overlaps on the same or nearby items, and the combined
     * outages it is a necessary part of. Blackouts first, then nearby changes, then combined
     * outages, each in the schedule's order.
     *
     * @throws IllegalArgumentException if the candidate touches an item the graph does not hold
     */
    public List<ScheduleConflict> check(ScheduledChange candidate) {
        checkNotNull(candidate, "candidate");
        ChangeAssessment mine = ChangeAssessment.of(candidate, check.impactOf(candidate.touched()));
        ImmutableList.Builder<ScheduleConflict> conflicts = ImmutableList.builder();
        conflicts.addAll(check.blackouts(candidate, mine.impact()));
        Map<ChangeAssessment, CiPath> nearby = new LinkedHashMap<>();
        check.neighbourhood(candidate.touched()).forEach((item, path) -> {
            for (ChangeAssessment other : byTouched.get(item)) {
                if (!other.change().id().equals(candidate.id()) && other.change().overlaps(candidate)) {
                    nearby.putIfAbsent(other, path);
                }
            }
        });
        assessed.stream().filter(nearby::containsKey)
                .forEach(other -> conflicts.add(new ScheduleConflict.NearbyChange(candidate, other.change(), nearby.get(other))));
        if (candidate.takesTouchedDown()) {
            List<ChangeAssessment> overlapping = new ArrayList<>();
            overlapping.add(mine);
            for (ChangeAssessment other : assessed) {
                if (other.change().start().isAfter(candidate.end())) {
                    break;
                }
                if (!other.change().id().equals(candidate.id()) && other.change().overlaps(candidate)) {
                    overlapping.add(other);
                }
            }
            conflicts.addAll(CombinedOutages.involving(check, mine, overlapping));
        }
        return conflicts.build();
    }

    /**
     * Every conflict among the scheduled changes: each one's blackouts, each pair of nearby
     * overlapping changes once, and every minimal combined outage.
     */
    public List<ScheduleConflict> conflicts() {
        ImmutableList.Builder<ScheduleConflict> conflicts = ImmutableList.builder();
        for (ChangeAssessment a : assessed) {
            conflicts.addAll(check.blackouts(a.change(), a.impact()));
        }
        Map<ChangeAssessment, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < assessed.size(); i++) {
            order.put(assessed.get(i), i);
        }
        for (int i = 0; i < assessed.size(); i++) {
            ChangeAssessment a = assessed.get(i);
            Map<ChangeAssessment, CiPath> nearby = new LinkedHashMap<>();
            int self = i;
            check.neighbourhood(a.change().touched()).forEach((item, path) -> {
                for (ChangeAssessment other : byTouched.get(item)) {
                    if (order.get(other) > self && other.change().overlaps(a.change())) {
                        nearby.putIfAbsent(other, path);
                    }
                }
            });
            nearby.entrySet().stream().sorted(Comparator.comparing(e -> order.get(e.getKey())))
                    .forEach(e -> conflicts.add(new ScheduleConflict.NearbyChange(a.change(), e.getKey().change(), e.getValue())));
        }
        conflicts.addAll(CombinedOutages.among(check, assessed.stream().filter(a -> a.change().takesTouchedDown()).toList()));
        return conflicts.build();
    }

    /**
     * The maintenance windows of the change's touched items whose occurrences contain the whole
     * change: where the work is preferred.
     */
    public List<WindowOccurrence> maintenanceWindowsContaining(ScheduledChange change) {
        checkNotNull(change, "change");
        return change.touched().stream()
                .flatMap(item -> check.maintenanceOf(item).stream())
                .distinct()
                .flatMap(window -> window.occurrences(change.start(), change.end()).stream())
                .filter(occurrence -> occurrence.contains(change.start(), change.end()))
                .collect(ImmutableList.toImmutableList());
    }

    /** Whether every item the change touches has a maintenance window containing the whole change. */
    public boolean insideMaintenanceOfEveryTouchedItem(ScheduledChange change) {
        List<WindowOccurrence> containing = maintenanceWindowsContaining(change);
        return change.touched().stream().allMatch(item -> containing.stream().anyMatch(o -> o.window().attachedTo().contains(item)));
    }

    /**
     * The forward schedule from {@code from} to {@code to} (exclusive): the changes under way in
     * it, in order of their start, each with its conflicts, and the occurrences of the blackout
     * and maintenance windows in it.
     */
    public ForwardSchedule forward(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "a period ends after it starts: %s to %s", from, to);
        List<ScheduleConflict> conflicts = conflicts();
        List<ForwardSchedule.Entry> entries = new ArrayList<>();
        for (ChangeAssessment a : assessed) {
            if (a.change().overlaps(from, to)) {
                ChangeId id = a.change().id();
                entries.add(new ForwardSchedule.Entry(a.change(), conflicts.stream().filter(c -> c.involves(id)).toList()));
            }
        }
        List<WindowOccurrence> blackouts = new ArrayList<>();
        List<WindowOccurrence> maintenance = new ArrayList<>();
        for (ChangeWindow window : check.windows()) {
            (window.isBlackout() ? blackouts : maintenance).addAll(window.occurrences(from, to));
        }
        Comparator<WindowOccurrence> byStart = Comparator.comparing(o -> o.start().toInstant());
        blackouts.sort(byStart);
        maintenance.sort(byStart);
        return new ForwardSchedule(from, to, entries, blackouts, maintenance);
    }

    @Override
    public String toString() {
        return "ChangeSchedule[" + assessed.size() + " changes, " + check + "]";
    }
}
