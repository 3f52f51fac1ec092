package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * What the events after log position {@code from} up to {@code to} add to the facts: counters
 * per slice (one per slice), worked intervals, and the new state of the tickets and contacts
 * they touched.
 */
public record FactBatch(long from, long to, ImmutableList<DailyFact> facts, ImmutableList<IntervalFact> intervals,
                        ImmutableList<WorkTrack> tracks) {
    public FactBatch {
        checkArgument(from >= 0 && to >= from, "batch from %s to %s", from, to);
        facts = ImmutableList.copyOf(facts);
        intervals = ImmutableList.copyOf(intervals);
        tracks = ImmutableList.copyOf(tracks);
        checkArgument(facts.stream().map(DailyFact::slice).distinct().count() == facts.size(),
                "a slice appears twice in a batch");
        checkArgument(intervals.stream().allMatch(i -> i.position() > from && i.position() <= to),
                "an interval outside the batch's positions");
    }
}
