package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.core.shared.StaffId;

/**
 * How evenly one of the fairness counts is shared in one quarter of a roster: each engineer's
 * count, who has most and who fewest, and the spread between them. A generated roster has a
 * spread of at most one in every quarter and count; after the lead's edits it may have more,
 * and shows it rather than refusing the edit.
 *
 * @param counts every engineer of the roster (its rotation's and any other holding a duty), in
 *               the roster's order, with their count (zero included)
 */
public record RosterImbalance(Quarter quarter, Count count, ImmutableMap<StaffId, Integer> counts,
                              ImmutableSet<StaffId> most, ImmutableSet<StaffId> fewest, int spread) {
    /** What is counted. */
    public enum Count {
        /** Duties on a shift of kind {@link ShiftKind#NIGHT}. */
        NIGHT,
        /** Duties on a statutory holiday, whatever the shift's kind. */
        HOLIDAY;

        boolean counts(RosterEntry entry) {
            return this == NIGHT ? entry.night() : entry.holiday();
        }
    }

    /** A calendar quarter, {@code 2027-Q1}. */
    public record Quarter(int year, int quarter) implements Comparable<Quarter> {
        public Quarter {
            checkArgument(quarter >= 1 && quarter <= 4, "quarter %s is not 1 to 4", quarter);
        }

        public static Quarter of(LocalDate date) {
            return new Quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
        }

        @Override
        public int compareTo(Quarter other) {
            return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
        }

        @Override
        public String toString() {
            return year + "-Q" + quarter;
        }
    }

    public RosterImbalance {
        checkNotNull(quarter, "quarter");
        checkNotNull(count, "count");
        checkNotNull(counts, "counts");
        checkNotNull(most, "most");
        checkNotNull(fewest, "fewest");
        checkArgument(spread >= 0, "spread %s is negative", spread);
    }

    /** The imbalance of {@code count} among {@code engineers} over the duties of {@code quarter}. */
    public static RosterImbalance of(Quarter quarter, Count count, Collection<StaffId> engineers,
                                     Collection<RosterEntry> duties) {
        Map<StaffId, Integer> counts = new LinkedHashMap<>();
        engineers.forEach(e -> counts.put(e, 0));
        for (RosterEntry duty : duties) {
            if (Quarter.of(duty.date()).equals(quarter) && count.counts(duty)) {
                counts.merge(duty.engineer(), 1, Integer::sum);
            }
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return new RosterImbalance(quarter, count, ImmutableMap.copyOf(counts), holding(counts, max),
                holding(counts, min), max - min);
    }

    /** Whether nobody has more than one more than another. */
    public boolean fair() {
        return spread <= 1;
    }

    private static ImmutableSet<StaffId> holding(Map<StaffId, Integer> counts, int value) {
        return counts.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .collect(ImmutableSet.toImmutableSet());
    }

    /** Every quarter and count of a roster, quarters in order, nights before holidays. */
    public static ImmutableList<RosterImbalance> of(RosterPeriod period, Collection<StaffId> engineers,
                                                    Collection<RosterEntry> duties) {
        ImmutableList.Builder<RosterImbalance> all = ImmutableList.builder();
        period.dates().map(Quarter::of).distinct().forEach(q -> {
            for (Count count : Count.values()) {
                all.add(of(q, count, engineers, duties));
            }
        });
        return all.build();
    }
}
