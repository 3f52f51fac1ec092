package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;

/**
 * One read of a record holding personal data: who ({@code reader}) was shown which record
 * ({@code kind}, {@code recordId}), when, from where ({@code origin}, as on the reader's
 * {@link Actor#origin()}) and through which read ({@code purpose}: {@link #TICKET},
 * {@link #TICKET_HISTORY}, {@link #QUEUE}, {@link #SEARCH}, {@link #CONTACT}). Kept by
 * {@link PersonalDataReads}, apart from the event log (a read changes nothing) and from any
 * access log (ADR 0014).
 *
 * @param at       when it was read, to the microsecond (stores keep no finer)
 * @param recordId the ticket's or contact's id, or the staff id (at most 64 characters) of a person's workload figures
 * @param purpose  a kebab-case name of the read, at most 40 characters
 */
public record PersonalDataRead(Instant at, StaffId reader, RecordKind kind, String recordId, Optional<String> origin,
                               String purpose) {
    /** One ticket shown: by id, by number, or before acting on it. */
    public static final String TICKET = "ticket";
    /** A ticket's history. */
    public static final String TICKET_HISTORY = "ticket-history";
    /** A ticket on a page of the work queue. */
    public static final String QUEUE = "queue";
    /** A ticket on a page of search results. */
    public static final String SEARCH = "search";
    /** A person's row of the workload report. */
    public static final String WORKLOAD = "workload";
    /** One contact shown. */
    public static final String CONTACT = "contact";

    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The kinds of record whose reads are recorded. */
    public enum RecordKind {
        TICKET,
        CONTACT,
        /** A person's workload figures (record id: the staff id). */
        STAFF
    }

    public PersonalDataRead {
        checkNotNull(at, "at");
        checkNotNull(reader, "reader");
        checkNotNull(kind, "kind");
        checkNotNull(recordId, "recordId");
        checkArgument(!recordId.isBlank() && recordId.length() <= (kind == RecordKind.STAFF ? 64 : 36),
                "record id %s", recordId);
        checkNotNull(origin, "origin");
        checkArgument(origin.map(o -> o.length() <= Actor.MAX_ORIGIN_LENGTH).orElse(true), "origin too long");
        checkNotNull(purpose, "purpose");
        checkArgument(PURPOSE.matcher(purpose).matches(), "purpose %s is not a kebab-case name", purpose);
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code reader}'s read of {@code kind} {@code recordId} at {@code at}, from the reader's origin. */
    public static PersonalDataRead of(Instant at, Actor reader, RecordKind kind, String recordId, String purpose) {
        return new PersonalDataRead(at, reader.staffId(), kind, recordId, reader.origin(), purpose);
    }
}
