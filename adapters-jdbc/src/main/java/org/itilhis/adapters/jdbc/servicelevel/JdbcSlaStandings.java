package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.NewestVersionPut;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.report.ClockStanding;
import org.itilhis.core.sla.report.HeldSegment;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.StoredStanding;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code sla_standing} table (migration V14): one row per ticket, in columns rather than
 * JSON, so that a report reads a hundred thousand of them in a fraction of a second; and the
 * single row of {@code sla_standing_coverage}. {@link #put} keeps the standing of the newest
 * ticket version ({@link NewestVersionPut}). The report's rows are streamed.
 */
public final class JdbcSlaStandings implements SlaStandings {
    private static final List<String> COLUMNS = List.of("configuration_version", "watched", "valid_until", "service",
            "raised_at", "raised_ns", "priority", "response_state", "response_stopped", "response_warned",
            "response_done_ns", "resolution_state", "resolution_stopped", "resolution_warned", "resolution_done_ns",
            "segments", "provisional_years", "measured_ns", "counting");
    /** What a report reads: every column but {@code raised_at}, which only serves the range ({@code raised_ns} is exact). */
    private static final List<String> READ = COLUMNS.stream().filter(column -> !column.equals("raised_at")).toList();
    private static final String SELECT = "SELECT ticket_id, ticket_version, " + String.join(", ", READ)
            + " FROM sla_standing";
    private static final int FETCH = 5000;
    private static final int IDS_PER_STATEMENT = 1000;
    private static final int VALID_UNTIL = position("valid_until");
    private static final int SERVICE = position("service");
    private static final int RAISED_NS = position("raised_ns");
    private static final int PRIORITY = position("priority");
    private static final int SEGMENTS = position("segments");
    private static final int PROVISIONAL_YEARS = position("provisional_years");
    private static final int MEASURED_NS = position("measured_ns");
    private static final int COUNTING = position("counting");
    private static final int WATCHED = position("watched");
    private static final int CONFIGURATION_VERSION = position("configuration_version");
    private static final int RESPONSE = position("response_state");
    private static final int RESOLUTION = position("resolution_state");

    private final JdbcTransactions transactions;
    private final NewestVersionPut put;

    public JdbcSlaStandings(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.put = new NewestVersionPut(dialect, "sla_standing", "ticket_id", COLUMNS, List.of(), "ticket_version");
    }

    @Override
    public void put(StoredStanding stored) {
        checkNotNull(stored, "stored");
        transactions.withHandle("storing the SLA standing of ticket " + stored.standing().ticketId(),
                handle -> put.put(handle, statement -> bind(statement, stored)));
    }

    /** The watched rows, then the others raised in the range: two index ranges, one statement. */
    @Override
    public void forEachReported(Instant from, Instant to, Consumer<StoredStanding> sink) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(sink, "sink");
        transactions.withHandle("reading the SLA standings of a report", handle -> {
            handle.createQuery(SELECT + " WHERE watched = TRUE UNION ALL " + SELECT
                            + " WHERE watched = FALSE AND raised_at >= :from AND raised_at < :to")
                    .bind("from", utc(from))
                    .bind("to", utc(to))
                    .setFetchSize(FETCH)
                    .map((row, context) -> read(row))
                    .forEach(sink);
            return null;
        });
    }

    /** The rows of {@code among}, a thousand ids per statement, that the range's report reads. */
    @Override
    public void forEachReported(Instant from, Instant to, Collection<TicketId> among, Consumer<StoredStanding> sink) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(among, "among");
        checkNotNull(sink, "sink");
        List<String> ids = among.stream().map(TicketId::toString).distinct().toList();
        transactions.withHandle("reading the SLA standings of changed tickets for a report", handle -> {
            for (List<String> batch : Lists.partition(ids, IDS_PER_STATEMENT)) {
                handle.createQuery(SELECT + " WHERE ticket_id IN (<ids>)"
                                + " AND (watched = TRUE OR raised_at >= :from AND raised_at < :to)")
                        .bindList("ids", batch)
                        .bind("from", utc(from))
                        .bind("to", utc(to))
                        .map((row, context) -> read(row))
                        .forEach(sink);
            }
            return null;
        });
    }

    @Override
    public long watched() {
        return transactions.withHandle("counting the SLA standings of watched tickets", handle -> handle
                .createQuery("SELECT COUNT(*) FROM sla_standing WHERE watched = TRUE").mapTo(Long.class).one());
    }

    @Override
    public Instant completeAfter() {
        return transactions.withHandle("reading the SLA standings' coverage", handle -> handle
                .createQuery("SELECT complete_after FROM sla_standing_coverage WHERE id = 1")
                .map((row, context) -> utc(row, "complete_after"))
                .findOne()
                .orElse(Instant.EPOCH));
    }

    private static Update bind(Update statement, StoredStanding stored) {
        TicketStanding s = stored.standing();
        statement.bind("ticket_id", s.ticketId().toString())
                .bind("ticket_version", stored.ticketVersion())
                .bind("configuration_version", stored.configurationVersion())
                .bind("watched", stored.watched())
                .bind("service", s.service())
                .bind("raised_at", utc(s.raisedAt()))
                .bind("raised_ns", nanos(s.raisedAt()))
                .bind("priority", s.priority().name())
                .bind("segments", Segments.write(s.segments()))
                .bind("provisional_years", s.provisionalYears().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .bind("measured_ns", nanos(s.measuredAt()))
                .bind("counting", s.counting());
        bindClock(statement, "response", s.response());
        bindClock(statement, "resolution", s.resolution());
        if (stored.validUntil().isPresent()) {
            statement.bind("valid_until", utc(stored.validUntil().get()));
        } else {
            statement.bindNull("valid_until", Types.TIMESTAMP);
        }
        return statement;
    }

    private static void bindClock(Update statement, String kind, ClockStanding clock) {
        statement.bind(kind + "_state", clock.state().name())
                .bind(kind + "_stopped", clock.stopped())
                .bind(kind + "_warned", clock.warned());
        if (clock.doneElapsed().isPresent()) {
            statement.bind(kind + "_done_ns", clock.doneElapsed().get().toNanos());
        } else {
            statement.bindNull(kind + "_done_ns", Types.BIGINT);
        }
    }

    /**
     * One row of {@link #SELECT}, its columns read by position (a report reads a hundred
     * thousand rows; looking each column up by name, and reading {@code valid_until} as a
     * {@code java.sql.Timestamp} first, cost half of the read).
     */
    private static StoredStanding read(ResultSet row) throws SQLException {
        TicketStanding standing = new TicketStanding(TicketId.parse(row.getString(1)),
                row.getString(SERVICE), instant(row.getLong(RAISED_NS)),
                Priority.valueOf(row.getString(PRIORITY)), clock(row, RESPONSE), clock(row, RESOLUTION),
                Segments.read(row.getString(SEGMENTS)),
                years(row.getString(PROVISIONAL_YEARS)),
                instant(row.getLong(MEASURED_NS)), row.getBoolean(COUNTING));
        LocalDateTime validUntil = row.getObject(VALID_UNTIL, LocalDateTime.class);
        return new StoredStanding(standing, row.getBoolean(WATCHED), row.getLong(2),
                row.getLong(CONFIGURATION_VERSION),
                Optional.ofNullable(validUntil).map(value -> value.toInstant(ZoneOffset.UTC)));
    }

    /** The position of {@code column} in {@link #SELECT}: after the ticket's id and version. */
    private static int position(String column) {
        int index = READ.indexOf(column);
        checkArgument(index >= 0, "%s is not read", column);
        return 3 + index;
    }

    /** The four columns of a clock from {@code first}: state, stopped, warned, done (nanoseconds). */
    private static ClockStanding clock(ResultSet row, int first) throws SQLException {
        long done = row.getLong(first + 3);
        Optional<Duration> doneElapsed = row.wasNull() ? Optional.empty() : Optional.of(Duration.ofNanos(done));
        return new ClockStanding(ClockState.valueOf(row.getString(first)), row.getBoolean(first + 1),
                row.getBoolean(first + 2), doneElapsed);
    }

    private static ImmutableSortedSet<Integer> years(String text) {
        if (text.isEmpty()) {
            return ImmutableSortedSet.of();
        }
        ImmutableSortedSet.Builder<Integer> years = ImmutableSortedSet.naturalOrder();
        for (String year : text.split(",")) {
            years.add(Integer.parseInt(year));
        }
        return years.build();
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /**
     * The OLA segments as text: per segment its business time in nanoseconds, the length of its
     * group id and the group id, separated by commas and written one after the other
     * ({@code 5400000000000,7,desktop3600000000000,5,pacs-}... without separators between
     * segments, the length saying where a group id ends), so that any group id round-trips.
     */
    static final class Segments {
        private Segments() {
        }

        static String write(List<HeldSegment> segments) {
            StringBuilder text = new StringBuilder();
            for (HeldSegment segment : segments) {
                String group = segment.group().value();
                text.append(segment.businessTime().toNanos()).append(',').append(group.length()).append(',')
                        .append(group);
            }
            return text.toString();
        }

        static ImmutableList<HeldSegment> read(String text) {
            ImmutableList.Builder<HeldSegment> segments = ImmutableList.builder();
            int at = 0;
            while (at < text.length()) {
                int comma = text.indexOf(',', at);
                long nanos = Long.parseLong(text, at, comma, 10);
                int second = text.indexOf(',', comma + 1);
                int length = Integer.parseInt(text, comma + 1, second, 10);
                at = second + 1 + length;
                segments.add(new HeldSegment(GroupId.of(text.substring(second + 1, at)), Duration.ofNanos(nanos)));
            }
            return segments.build();
        }
    }
}
