package org.itilhis.adapters.rest.roster;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.roster.HandoverItem;
import org.itilhis.core.roster.HandoverParty;
import org.itilhis.core.roster.HandoverSnapshot;
import org.itilhis.ports.roster.in.HandoverView;

/**
 * A shift handover as the API shows it: the open items as they stood when it was written (the
 * group's tickets in progress, its changes scheduled in the next shift, free notes), when each
 * party signed, whether both have, and whether it is overdue (not signed by both though the
 * grace period after the change of shift has passed; then the group lead was told).
 */
public record HandoverJson(String id, String group, String outgoing, String incoming, Instant shiftChange,
                           List<HandoverItemJson> items, String writtenBy, Instant writtenAt,
                           Instant outgoingSignedAt, Instant incomingSignedAt, Instant flaggedAt, boolean signedByBoth,
                           boolean overdue, long version) {
    static HandoverJson of(HandoverView view) {
        HandoverSnapshot handover = view.state();
        return new HandoverJson(handover.id().toString(), handover.group().value(), handover.outgoing().value(),
                handover.incoming().value(), handover.shiftChange(),
                handover.items().stream().map(HandoverItemJson::of).toList(), handover.writtenBy().value(),
                handover.writtenAt(), handover.outgoingSignedAt().orElse(null),
                handover.incomingSignedAt().orElse(null), handover.flaggedAt().orElse(null), view.signedByBoth(),
                view.overdue(), view.version());
    }

    /** One open item: a ticket or change by its number, or a note. */
    public record HandoverItemJson(HandoverItem.Kind kind, String reference, String summary) {
        static HandoverItemJson of(HandoverItem item) {
            return new HandoverItemJson(item.kind(), item.reference().isEmpty() ? null : item.reference(),
                    item.summary());
        }
    }

    /**
     * {@code POST /handovers}: the handover of {@code group} at the change of shift {@code
     * shiftChange} (an ISO-8601 instant), from {@code outgoing} to {@code incoming}, with notes.
     */
    public record WriteHandoverJson(String group, String outgoing, String incoming, String shiftChange,
                                    List<String> notes) {
    }

    /** {@code POST /handovers/{id}/sign}: the part the caller signs. */
    public record SignHandoverJson(HandoverParty party) {
    }

    /** Handovers, by change of shift. */
    public record HandoversJson(List<HandoverJson> items) {
    }
}
