package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** How a ticket (or a contact at first contact) was resolved: a code and a note. */
public record Resolution(ResolutionCode code, String note) {
    public Resolution {
        checkNotNull(code, "code");
        checkNotNull(note, "note");
        note = note.strip();
        checkArgument(!note.isEmpty(), "resolution note is blank for code %s", code);
        checkArgument(note.length() <= 4000, "resolution note is longer than 4000 characters");
    }

    public static Resolution of(ResolutionCode code, String note) {
        return new Resolution(code, note);
    }
}
