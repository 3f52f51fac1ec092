package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;

/**
 * One reason why a change should not run when it is scheduled, with the configuration items
 * that explain it. A result, not a refusal: the change aggregate decides (an emergency change
 * may override a blackout with a recorded reason).
 */
public sealed interface ScheduleConflict {
    ConflictKind kind();

    /** The changes in conflict, in order of their start. */
    List<ScheduledChange> changes();

    /** Whether the change is one of those in conflict. */
    default boolean involves(ChangeId change) {
        return changes().stream().anyMatch(c -> c.id().equals(change));
    }

    /**
     * The change runs during an occurrence of a blackout window attached to an item it touches
     * or impacts.
     *
     * @param path from the touched item to the window's item, along which the failure travels
     *        (length 0 when the window is attached to a touched item); the nearest one when the
     *        window is attached to several impacted items
     */
    record Blackout(ScheduledChange change, WindowOccurrence occurrence, CiPath path) implements ScheduleConflict {
        public Blackout {
            checkNotNull(change, "change");
            checkNotNull(occurrence, "occurrence");
            checkNotNull(path, "path");
            checkArgument(occurrence.window().isBlackout(), "%s is not a blackout", occurrence.window());
        }

        public ChangeWindow window() {
            return occurrence.window();
        }

        @Override
        public ConflictKind kind() {
            return ConflictKind.BLACKOUT;
        }

        @Override
        public List<ScheduledChange> changes() {
            return List.of(change);
        }
    }

    /**
     * Two changes overlap in time on the same item or on items at most k relationships apart,
     * whichever way the relationships point.
     *
     * @param path a shortest path from an item {@code change} touches to one {@code other}
     *        touches; length 0 when they touch the same item
     */
    record NearbyChange(ScheduledChange change, ScheduledChange other, CiPath path) implements ScheduleConflict {
        public NearbyChange {
            checkNotNull(change, "change");
            checkNotNull(other, "other");
            checkNotNull(path, "path");
            checkArgument(!change.id().equals(other.id()), "a change does not conflict with itself: %s", change.number());
        }

        /** Whether both touch the same item. */
        public boolean sameItem() {
            return path.length() == 0;
        }

        @Override
        public ConflictKind kind() {
            return ConflictKind.NEARBY_CHANGE;
        }

        @Override
        public List<ScheduledChange> changes() {
            return ordered(List.of(change, other));
        }
    }

    /**
     * Changes that are all under way at once and together take business services down, although
     * none of them alone takes those down (typically both halves of a redundant pair). For each
     * service listed the set is minimal: without any one of its changes that service stays up. A
     * pair of servers under a whole hospital's applications may take a hundred services down
     * together; they are one conflict with a hundred services, not a hundred conflicts.
     *
     * @param changes at least two changes, in order of their start
     * @param from the first instant at which all of them are under way
     * @param to the end (exclusive) of the time they are all under way
     * @param services the services taken down, each with its explaining paths, nearest first
     */
    record CombinedOutage(List<ScheduledChange> changes, Instant from, Instant to, List<ServiceDown> services)
            implements ScheduleConflict {
        public CombinedOutage {
            changes = ordered(checkNotNull(changes, "changes"));
            checkArgument(changes.size() >= 2, "a combined outage needs at least two changes: %s", changes);
            checkNotNull(from, "from");
            checkNotNull(to, "to");
            checkArgument(from.isBefore(to), "the changes are under way together from %s to %s", from, to);
            services = ImmutableList.copyOf(checkNotNull(services, "services"));
            checkArgument(!services.isEmpty(), "a combined outage takes at least one service down");
        }

        /** The ids of the services taken down. */
        public List<CiId> serviceIds() {
            return services.stream().map(ServiceDown::service).collect(ImmutableList.toImmutableList());
        }

        @Override
        public ConflictKind kind() {
            return ConflictKind.COMBINED_OUTAGE;
        }
    }

    /**
     * A business service that a combined outage takes down.
     *
     * @param paths for each change of the outage, the path along which its outage reaches the
     *        service (from an item it touches to the service)
     */
    record ServiceDown(CiId service, Map<ChangeId, CiPath> paths) {
        public ServiceDown {
            checkNotNull(service, "service");
            paths = ImmutableMap.copyOf(checkNotNull(paths, "paths"));
        }
    }

    private static List<ScheduledChange> ordered(List<ScheduledChange> changes) {
        return changes.stream().sorted(Comparator.comparing(ScheduledChange::start).thenComparing(c -> c.number().toString()))
                .collect(ImmutableList.toImmutableList());
    }
}
