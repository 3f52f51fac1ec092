package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The log of reads of personal data (ADR 0014): append-only, apart from the event log and from
 * any access log, read by the privacy officer. The service desk's query services record every
 * ticket and contact they show a person ({@link PersonalDataRead}); a read that cannot be
 * recorded is not served.
 *
 * <p>Nothing is deleted by the library: how long reads are kept is the hospital's decision (a
 * DBA's scheduled DELETE by {@code read_at} on the JDBC table, run as the owner).
 */
public interface PersonalDataReads {
    /**
     * Appends {@code reads}, all of them or none, in the caller's transaction (the query
     * services call it in a short transaction of its own, never in a command's).
     *
     * @throws StorageException if they cannot be written
     */
    void record(List<PersonalDataRead> reads);

    /**
     * The reads {@code query} asks for, newest first (by time, then by the order recorded).
     *
     * @throws StorageException if the log cannot be read
     */
    List<Recorded> find(ReadAuditQuery query);

    /** A read as the log keeps it, with its place in the newest-first order. */
    record Recorded(PersonalDataRead read, ReadAuditQuery.Position position) {
        public Recorded {
            checkNotNull(read, "read");
            checkNotNull(position, "position");
            checkArgument(position.at().equals(read.at()), "position %s of a read at %s", position, read.at());
        }
    }
}
