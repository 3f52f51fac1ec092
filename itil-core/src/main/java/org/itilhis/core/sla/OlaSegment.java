package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.shared.GroupId;

/**
 * An operational level agreement segment: one stretch during which {@code group} held the
 * ticket, from {@code from} (raised, or handed over to it by an assignment or escalation)
 * to {@code until} (handed on, or the measuring instant for the group holding it now).
 * {@code businessTime} counts like the resolution clock does (pausing holds and time
 * resolved excluded), so the segments of a ticket sum to its resolution clock's elapsed time.
 * The group holding the ticket at the measuring instant always has the last segment, an empty
 * one if the ticket was handed to it at that instant (and stopped or paused there too).
 */
public record OlaSegment(GroupId group, Instant from, Instant until, Duration businessTime) {
    public OlaSegment {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        checkArgument(!until.isBefore(from), "segment of %s ends %s before it starts %s", group, until, from);
        checkArgument(!checkNotNull(businessTime, "businessTime").isNegative(), "negative business time");
    }
}
