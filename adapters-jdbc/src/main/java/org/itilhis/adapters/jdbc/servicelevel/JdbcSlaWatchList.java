package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.NewestVersionPut;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.out.ClockWatch;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@code sla_watch} table, one row per watched ticket with the whole watch as JSON and
 * its next check time indexed for {@link #due}; and the single row of
 * {@code sla_watch_position}. The service-level queue pages by keyset over priority,
 * deadline and number, as the ticket search does. {@link #put} keeps the watch of the
 * newest ticket version ({@link NewestVersionPut}), so concurrent writers of one ticket,
 * also on two nodes, neither fail nor let an older measurement win. Next check times are compared to the microsecond.
 */
public final class JdbcSlaWatchList implements SlaWatchList {
    /** The service-level queue's order: priority rank, resolution deadline, ticket number. */
    private static final List<String> QUEUE_ORDER = List.of("priority", "queue_deadline", "number_key");
    /** The columns a put writes besides the ticket id and version. */
    private static final List<String> WATCH_COLUMNS = List.of("next_check_at", "status", "priority", "group_id",
            "queue_deadline", "number_key", "service", "resolution_state", "at_risk", "watch");

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final NewestVersionPut put;

    public JdbcSlaWatchList(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.put = new NewestVersionPut(dialect, "sla_watch", "ticket_id", WATCH_COLUMNS, List.of("watch"),
                "ticket_version");
    }

    @Override
    public long position() {
        return transactions.withHandle("reading the watch list position", handle -> handle
                .createQuery("SELECT log_position FROM sla_watch_position WHERE id = 1")
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    /** Locks the position row for the rest of the transaction, so a concurrent advance waits and then checks. */
    @Override
    public void advanceTo(long position) {
        checkArgument(position >= 0, "position %s is negative", position);
        transactions.withHandle("advancing the watch list to " + position, handle -> {
            Optional<Long> stored = handle.createQuery("SELECT log_position FROM sla_watch_position WHERE id = 1 "
                            + "FOR UPDATE")
                    .mapTo(Long.class)
                    .findOne();
            stored.ifPresent(before -> checkArgument(position >= before, "position %s is below the stored %s",
                    position, before));
            return handle.createUpdate(stored.isPresent()
                            ? "UPDATE sla_watch_position SET log_position = :position WHERE id = 1"
                            : "INSERT INTO sla_watch_position (id, log_position) VALUES (1, :position)")
                    .bind("position", position)
                    .execute();
        });
    }

    /** Keeps the watch of the newest ticket version ({@link NewestVersionPut}). */
    @Override
    public void put(ClockWatch watch) {
        checkNotNull(watch, "watch");
        String json = codec.write(watch);
        transactions.withHandle("watching ticket " + watch.ticketId(),
                handle -> put.put(handle, statement -> bind(statement, watch, json)));
    }

    @Override
    public long count() {
        return transactions.withHandle("counting the watches", handle -> handle
                .createQuery("SELECT COUNT(*) FROM sla_watch").mapTo(Long.class).one());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ClockWatch watch, String json) {
        DeadlinePosition position = watch.position();
        statement.bind("ticket_id", watch.ticketId().toString())
                .bind("status", watch.status().name())
                .bind("priority", position.priority().rank())
                .bind("group_id", watch.group().value())
                .bind("queue_deadline", utc(position.deadline()))
                .bind("number_key", SqlValues.numberKey(position.number()))
                .bind("service", watch.service())
                .bind("resolution_state", watch.resolution().name())
                .bind("at_risk", watch.atRisk())
                .bind("ticket_version", watch.ticketVersion())
                .bind("watch", json);
        if (watch.nextCheckAt().isPresent()) {
            statement.bind("next_check_at", utc(watch.nextCheckAt().get()));
        } else {
            statement.bindNull("next_check_at", Types.TIMESTAMP);
        }
        return statement;
    }

    @Override
    public void remove(TicketId ticketId) {
        checkNotNull(ticketId, "ticketId");
        transactions.withHandle("unwatching ticket " + ticketId, handle -> handle
                .createUpdate("DELETE FROM sla_watch WHERE ticket_id = :ticket_id")
                .bind("ticket_id", ticketId.toString())
                .execute());
    }

    @Override
    public Optional<ClockWatch> find(TicketId ticketId) {
        checkNotNull(ticketId, "ticketId");
        return transactions.withHandle("finding the watch of ticket " + ticketId, handle -> handle
                .createQuery("SELECT watch FROM sla_watch WHERE ticket_id = :ticket_id")
                .bind("ticket_id", ticketId.toString())
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, ClockWatch.class)));
    }

    @Override
    public List<ClockWatch> due(Instant now, int limit) {
        checkNotNull(now, "now");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("finding the due watches", handle -> handle
                .createQuery("SELECT watch FROM sla_watch WHERE next_check_at <= " + dialect.timestamp("now")
                        + " ORDER BY next_check_at, ticket_id LIMIT :limit")
                .bind("now", utc(now))
                .bind("limit", limit)
                .mapTo(String.class)
                .map(json -> codec.read(json, ClockWatch.class))
                .list());
    }

    /** Served by the index on at_risk and ticket id (V12) and the one on the next check time (V4). */
    @Override
    public List<ClockWatch> atRiskOrDue(Instant now, Optional<TicketId> after, int limit) {
        checkNotNull(now, "now");
        checkNotNull(after, "after");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("finding the watches at risk or due", handle -> {
            Query query = handle.createQuery("SELECT watch FROM sla_watch WHERE (at_risk = TRUE OR next_check_at <= "
                            + dialect.timestamp("now") + ")" + (after.isPresent() ? " AND ticket_id > :after" : "")
                            + " ORDER BY ticket_id LIMIT :limit")
                    .bind("now", utc(now))
                    .bind("limit", limit);
            after.ifPresent(id -> query.bind("after", id.toString()));
            return query.mapTo(String.class).map(json -> codec.read(json, ClockWatch.class)).list();
        });
    }

    /** Served by the index on status, group, priority, deadline and number (migration V4). */
    @Override
    public List<ClockWatch> queue(Set<TicketStatus> statuses, Set<GroupId> groups, Optional<DeadlinePosition> after,
                                  int limit) {
        checkNotNull(statuses, "statuses");
        checkNotNull(groups, "groups");
        checkNotNull(after, "after");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        if (statuses.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT watch FROM sla_watch WHERE status IN (<statuses>)");
        if (!groups.isEmpty()) {
            sql.append(" AND group_id IN (<groups>)");
        }
        after.ifPresent(position -> sql.append(" AND ").append(dialect.rowsAfter(QUEUE_ORDER,
                List.of(":after_priority", dialect.timestamp("after_deadline"), ":after_number"))));
        sql.append(" ORDER BY ").append(String.join(", ", QUEUE_ORDER)).append(" LIMIT :limit");
        return transactions.withHandle("reading the service-level queue", handle -> {
            Query query = handle.createQuery(sql.toString())
                    .bindList("statuses", statuses.stream().map(TicketStatus::name).toList())
                    .bind("limit", limit);
            if (!groups.isEmpty()) {
                query.bindList("groups", groups.stream().map(GroupId::value).toList());
            }
            after.ifPresent(position -> query.bind("after_priority", position.priority().rank())
                    .bind("after_deadline", utc(position.deadline()))
                    .bind("after_number", SqlValues.numberKey(position.number())));
            return query.mapTo(String.class).map(json -> codec.read(json, ClockWatch.class)).list();
        });
    }

    @Override
    public List<ClockWatch> list(Optional<TicketId> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("listing the watches", handle -> {
            Query query = handle.createQuery("SELECT watch FROM sla_watch"
                            + (after.isPresent() ? " WHERE ticket_id > :after" : "") + " ORDER BY ticket_id LIMIT :limit")
                    .bind("limit", limit);
            after.ifPresent(id -> query.bind("after", id.toString()));
            return query.mapTo(String.class).map(json -> codec.read(json, ClockWatch.class)).list();
        });
    }
}
