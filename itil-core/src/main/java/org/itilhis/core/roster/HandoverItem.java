package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One open item a shift hands over, captured when the handover is written: a ticket in
 * progress of the group, a change scheduled in the next shift, or a free note.
 *
 * @param reference the ticket or change number; empty for a note
 * @param summary   what the item is about (the ticket's summary, the note's text)
 */
public record HandoverItem(Kind kind, String reference, String summary) {
    /** The kinds of open item. */
    public enum Kind {
        TICKET,
        CHANGE,
        NOTE
    }

    public HandoverItem {
        checkNotNull(kind, "kind");
        reference = checkNotNull(reference, "reference").strip();
        summary = checkNotNull(summary, "summary").strip();
        checkArgument(!summary.isEmpty(), "a handover item of kind %s has no summary", kind);
        checkArgument(kind == Kind.NOTE || !reference.isEmpty(), "a %s item names its number", kind);
    }

    public static HandoverItem ticket(String number, String summary) {
        return new HandoverItem(Kind.TICKET, number, summary);
    }

    public static HandoverItem change(String number, String summary) {
        return new HandoverItem(Kind.CHANGE, number, summary);
    }

    public static HandoverItem note(String text) {
        return new HandoverItem(Kind.NOTE, "", text);
    }
}
