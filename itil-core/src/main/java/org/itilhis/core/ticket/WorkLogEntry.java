package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * Time an engineer spent on a ticket and what they did: the raw material of the workload
 * figures (problem 2 of DOMAIN.md). Minutes between 1 and one day.
 *
 * @param forCaller whether the caller may read the note; a note is internal unless marked so
 *                  (entries recorded before the mark existed read back as internal)
 */
public record WorkLogEntry(StaffId engineer, int minutes, String note, boolean forCaller, Instant at) {
    public static final int MAX_MINUTES = 24 * 60;

    public WorkLogEntry {
        checkNotNull(engineer, "engineer");
        checkNotNull(note, "note");
        checkNotNull(at, "at");
        checkArgument(minutes >= 1 && minutes <= MAX_MINUTES, "minutes %s not within 1..%s", minutes, MAX_MINUTES);
        note = note.strip();
        checkArgument(!note.isEmpty(), "work log note is blank");
        checkArgument(note.length() <= 4000, "work log note is longer than 4000 characters");
    }
}
