package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a verification of the {@link AuditTrail} found: how many events it checked, up to
 * which position the chain holds, and, if it does not hold to the end, its first broken link.
 *
 * @param eventsChecked   the events found in place, oldest first, up to the first broken link
 *                        (all of them when the chain holds)
 * @param unchainedEvents of those, the events logged before the chain began (before schema
 *                        version 9, without hash): checked for their place only
 * @param lastPosition    the position of the last event found in place, 0 when none was
 * @param firstBrokenLink where the chain breaks first; empty when it holds
 */
public record AuditTrailCheck(long eventsChecked, long unchainedEvents, long lastPosition,
                              Optional<BrokenLink> firstBrokenLink) {
    public AuditTrailCheck {
        checkArgument(eventsChecked >= 0, "eventsChecked %s is negative", eventsChecked);
        checkArgument(unchainedEvents >= 0 && unchainedEvents <= eventsChecked,
                "unchainedEvents %s is not between 0 and eventsChecked %s", unchainedEvents, eventsChecked);
        checkNotNull(firstBrokenLink, "firstBrokenLink");
    }

    /** The chain holds from its first event to its head, {@code lastPosition}. */
    public static AuditTrailCheck holding(long eventsChecked, long unchainedEvents, long lastPosition) {
        return new AuditTrailCheck(eventsChecked, unchainedEvents, lastPosition, Optional.empty());
    }

    /** The chain holds up to {@code lastPosition} and breaks at {@code broken}. */
    public static AuditTrailCheck broken(long eventsChecked, long unchainedEvents, long lastPosition,
                                         BrokenLink broken) {
        return new AuditTrailCheck(eventsChecked, unchainedEvents, lastPosition,
                Optional.of(checkNotNull(broken, "broken")));
    }

    /** Whether every event is in place, from the first to the head of the chain. */
    public boolean holds() {
        return firstBrokenLink.isEmpty();
    }

    /**
     * The first place where the chain does not hold.
     *
     * @param position where it breaks: the position of the event found wrong, missing or inserted
     * @param fault    what is wrong there
     */
    public record BrokenLink(long position, Fault fault) {
        public BrokenLink {
            checkNotNull(fault, "fault");
        }
    }

    /** What is wrong at a broken link, and what was done to the log to make it so. */
    public enum Fault {
        /**
         * The event's stored hash is not the hash of its content and its predecessor's hash:
         * the event was changed (its payload, actor, type, time or aggregate), or replaced.
         */
        HASH_MISMATCH,
        /** No event holds this position, though later ones do: an event was deleted. */
        POSITION_MISSING,
        /** An event among chained ones has a position but no hash: it was inserted (or its hash erased). */
        HASH_MISSING,
        /**
         * An event holds a position the chain never gave: beyond the head the chain records as
         * its last, or below 1. It was inserted, hash and all.
         */
        OUTSIDE_CHAIN,
        /**
         * The chain's head (its record of the last position and hash) names another last event
         * than the log holds: events were deleted at the end, or the last one replaced.
         */
        HEAD_MISMATCH
    }
}
