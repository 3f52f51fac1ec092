package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A shift handover: at a change of shift, the outgoing engineer hands the shift's open items
 * (tickets in progress, changes scheduled in the next shift, free notes, as they stood when it
 * was written) to the incoming one; both sign it. One not signed by both within the grace
 * period after the change of shift is flagged to the group lead, once.
 */
public final class Handover {
    private final HandoverId id;
    private final GroupId group;
    private final StaffId outgoing;
    private final StaffId incoming;
    private final Instant shiftChange;
    private final ImmutableList<HandoverItem> items;
    private final StaffId writtenBy;
    private final Instant writtenAt;
    private Optional<Instant> outgoingSignedAt = Optional.empty();
    private Optional<Instant> incomingSignedAt = Optional.empty();
    private Optional<Instant> flaggedAt = Optional.empty();
    private final AggregateEvents<HandoverEvent> events = new AggregateEvents<>();

    private Handover(HandoverId id, GroupId group, StaffId outgoing, StaffId incoming, Instant shiftChange,
                     ImmutableList<HandoverItem> items, StaffId writtenBy, Instant writtenAt) {
        this.id = checkNotNull(id, "id");
        this.group = checkNotNull(group, "group");
        this.outgoing = checkNotNull(outgoing, "outgoing");
        this.incoming = checkNotNull(incoming, "incoming");
        this.shiftChange = checkNotNull(shiftChange, "shiftChange");
        this.items = checkNotNull(items, "items");
        this.writtenBy = checkNotNull(writtenBy, "writtenBy");
        this.writtenAt = checkNotNull(writtenAt, "writtenAt");
        checkArgument(!outgoing.equals(incoming), "%s hands over to themselves", outgoing);
    }

    /** Writes a handover of {@code group} at {@code shiftChange} with {@code items}, by {@code actor}. */
    public static Handover write(HandoverId id, GroupId group, StaffId outgoing, StaffId incoming, Instant shiftChange,
                                 Iterable<HandoverItem> items, StaffId actor, Instant at) {
        Handover handover = new Handover(id, group, outgoing, incoming, shiftChange, ImmutableList.copyOf(items), actor,
                at);
        handover.events.created(new HandoverEvent.Written(id, group, outgoing, incoming, shiftChange, handover.items,
                actor, at));
        return handover;
    }

    public static Handover restore(HandoverSnapshot s) {
        Handover handover = new Handover(s.id(), s.group(), s.outgoing(), s.incoming(), s.shiftChange(), s.items(),
                s.writtenBy(), s.writtenAt());
        handover.outgoingSignedAt = s.outgoingSignedAt();
        handover.incomingSignedAt = s.incomingSignedAt();
        handover.flaggedAt = s.flaggedAt();
        handover.events.restoredAt(s.version());
        return handover;
    }

    /**
     * {@code signer} signs the part of {@code party}.
     *
     * @throws NotAHandoverPartyException      if the handover names someone else for that part
     * @throws HandoverAlreadySignedException if that part is signed already
     */
    public void sign(HandoverParty party, StaffId signer, Instant at) {
        checkNotNull(party, "party");
        StaffId named = party == HandoverParty.OUTGOING ? outgoing : incoming;
        if (!named.equals(signer)) {
            throw new NotAHandoverPartyException(id, party, named, signer);
        }
        Optional<Instant> signed = signedAt(party);
        if (signed.isPresent()) {
            throw new HandoverAlreadySignedException(id, party, signed.get());
        }
        events.recorded(new HandoverEvent.Signed(id, party, signer, at), e -> {
            if (party == HandoverParty.OUTGOING) {
                outgoingSignedAt = Optional.of(at);
            } else {
                incomingSignedAt = Optional.of(at);
            }
        });
    }

    /** Whether, at {@code now}, it is not signed by both though more than {@code grace} has passed since the change of shift. */
    public boolean overdue(Duration grace, Instant now) {
        return !signedByBoth() && now.isAfter(shiftChange.plus(grace));
    }

    /** Records that {@code lead} was told it is overdue; a handover is flagged once. */
    public void flag(StaffId lead, StaffId system, Instant at) {
        checkState(flaggedAt.isEmpty(), "handover %s was flagged at %s already", id, flaggedAt);
        checkState(!signedByBoth(), "handover %s is signed by both", id);
        events.recorded(new HandoverEvent.Flagged(id, lead, system, at), e -> flaggedAt = Optional.of(at));
    }

    public boolean signedByBoth() {
        return outgoingSignedAt.isPresent() && incomingSignedAt.isPresent();
    }

    public Optional<Instant> signedAt(HandoverParty party) {
        return party == HandoverParty.OUTGOING ? outgoingSignedAt : incomingSignedAt;
    }

    public HandoverId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public StaffId outgoing() {
        return outgoing;
    }

    public StaffId incoming() {
        return incoming;
    }

    public Instant shiftChange() {
        return shiftChange;
    }

    public ImmutableList<HandoverItem> items() {
        return items;
    }

    public StaffId writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Optional<Instant> flaggedAt() {
        return flaggedAt;
    }

    public long version() {
        return events.version();
    }

    public List<HandoverEvent> pendingEvents() {
        return events.pending();
    }

    public List<HandoverEvent> pullEvents() {
        return events.pull();
    }

    public HandoverSnapshot snapshot() {
        return new HandoverSnapshot(id, group, outgoing, incoming, shiftChange, items, writtenBy, writtenAt,
                outgoingSignedAt, incomingSignedAt, flaggedAt, version());
    }
}
