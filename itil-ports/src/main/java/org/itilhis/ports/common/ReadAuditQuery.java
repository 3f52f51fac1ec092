package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * Which recorded {@link PersonalDataRead}s a privacy officer asks for: those of one record, of
 * one reader, within {@code [from, to)}, any combination (none: every read), newest first, at
 * most {@code limit}, starting after {@code after} (keyset pagination: ask again after the
 * {@link Position} of the last read returned; fewer than the limit means no more match).
 *
 * @param record a ticket's or contact's id at the port; the service desk's use case also takes
 *               a ticket number and asks the port for that ticket's id
 */
public record ReadAuditQuery(Optional<String> record, Optional<StaffId> reader, Optional<Instant> from,
                             Optional<Instant> to, int limit, Optional<Position> after) {
    /** The most reads one page holds. */
    public static final int MAX_LIMIT = 200;

    public ReadAuditQuery {
        checkNotNull(record, "record");
        checkNotNull(reader, "reader");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(after, "after");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not 1 to %s", (Object) limit, (Object) MAX_LIMIT);
    }

    /** Every read, newest first, {@code limit} at a time. */
    public static ReadAuditQuery all(int limit) {
        return new ReadAuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit,
                Optional.empty());
    }

    public ReadAuditQuery ofRecord(String id) {
        return new ReadAuditQuery(Optional.of(id), reader, from, to, limit, after);
    }

    public ReadAuditQuery ofReader(StaffId staffId) {
        return new ReadAuditQuery(record, Optional.of(staffId), from, to, limit, after);
    }

    /** Reads at or after {@code start} and before {@code end}. */
    public ReadAuditQuery within(Optional<Instant> start, Optional<Instant> end) {
        return new ReadAuditQuery(record, reader, start, end, limit, after);
    }

    public ReadAuditQuery after(Position position) {
        return new ReadAuditQuery(record, reader, from, to, limit, Optional.of(position));
    }

    /**
     * Where a read stands in the newest-first order: its time, then the store's sequence
     * number of it (later recorded, higher), which tells apart reads of one instant.
     */
    public record Position(Instant at, long sequence) {
        public Position {
            checkNotNull(at, "at");
        }
    }
}
