package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** A shift handover as stored: what {@link Handover#restore} rebuilds it from. */
public record HandoverSnapshot(HandoverId id, GroupId group, StaffId outgoing, StaffId incoming, Instant shiftChange,
                               ImmutableList<HandoverItem> items, StaffId writtenBy, Instant writtenAt,
                               Optional<Instant> outgoingSignedAt, Optional<Instant> incomingSignedAt,
                               Optional<Instant> flaggedAt, long version) {
    public HandoverSnapshot {
        checkNotNull(id, "id");
        checkNotNull(group, "group");
        checkNotNull(outgoing, "outgoing");
        checkNotNull(incoming, "incoming");
        checkNotNull(shiftChange, "shiftChange");
        checkNotNull(items, "items");
        checkNotNull(writtenBy, "writtenBy");
        checkNotNull(writtenAt, "writtenAt");
        checkNotNull(outgoingSignedAt, "outgoingSignedAt");
        checkNotNull(incomingSignedAt, "incomingSignedAt");
        checkNotNull(flaggedAt, "flaggedAt");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
