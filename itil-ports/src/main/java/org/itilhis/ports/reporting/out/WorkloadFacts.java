package org.itilhis.ports.reporting.out;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workload projection's store: facts per day and slice ({@link DailyFact}), worked
 * intervals ({@link IntervalFact}), the state of each ticket and contact seen
 * ({@link WorkTrack}), and the event log position up to which every event is in them. A
 * projection of the event log, rebuildable from it ({@link #clear()}). Called inside a
 * transaction.
 *
 * <p>Sized for a hospital's month to be summed in the database: one fact row per day and
 * slice with any work (not per event), one interval row per work log entry.
 */
public interface WorkloadFacts {
    /** The event log position up to which every event is in the facts; 0 initially. */
    long position();

    /**
     * Adds the batch's counters to its slices' facts, stores its intervals, replaces the tracks
     * it carries and moves the position from {@code batch.from()} to {@code batch.to()}, all or
     * nothing, atomically against another writer: so every event is counted exactly once, also
     * when two nodes project at the same time.
     *
     * @throws PositionMovedException if the stored position is not {@code batch.from()} (another
     *         run applied these events, or later ones, first); nothing is changed then
     */
    void apply(FactBatch batch);

    /** The stored tracks of those of {@code aggregateIds} that have one, by aggregate id. */
    Map<String, WorkTrack> tracks(Collection<String> aggregateIds);

    /** What the facts are summed by. */
    enum Dimension {
        ENGINEER,
        GROUP,
        ENGINEER_DEPARTMENT,
        CALLER_DEPARTMENT,
        /** The month's first day, ISO ({@code 2026-03-01}). */
        MONTH
    }

    /**
     * The counters of the facts {@code filter} matches, summed per key of {@code by} (in the
     * database: one GROUP BY), in key order; keys without facts are absent.
     */
    List<FactSum> sums(FactFilter filter, Dimension by);

    /**
     * The {@link #sums} of {@code filter} by every dimension, each in key order: by default one
     * {@code sums} per dimension; a store may answer them all in one pass over the facts (a month
     * of a whole hospital is some 100,000 fact rows, and a report wants every dimension).
     */
    default Map<Dimension, List<FactSum>> sumsByEveryDimension(FactFilter filter) {
        Map<Dimension, List<FactSum>> sums = new EnumMap<>(Dimension.class);
        for (Dimension by : Dimension.values()) {
            sums.put(by, sums(filter, by));
        }
        return sums;
    }

    /** Hands {@code sink} the intervals {@code filter} matches, one at a time, by engineer then start. */
    void forEachInterval(FactFilter filter, Consumer<IntervalFact> sink);

    /** Forgets every fact, interval and track and sets the position to 0: to rebuild from the log. */
    void clear();

    /** Another run moved the position since it was read: the batch was not applied. */
    final class PositionMovedException extends IllegalStateException {
        private final long expected;
        private final long stored;

        public PositionMovedException(long expected, long stored) {
            super("the workload facts are at position " + stored + ", not " + expected);
            this.expected = expected;
            this.stored = stored;
        }

        public long expected() {
            return expected;
        }

        public long stored() {
            return stored;
        }
    }
}
