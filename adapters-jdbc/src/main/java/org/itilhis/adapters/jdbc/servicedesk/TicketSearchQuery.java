package org.itilhis.adapters.jdbc.servicedesk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link TicketSearch} as one SQL query: a condition per given criterion, in work-queue
 * order (priority, then raised at, then number by its sortable {@code number_key}), limited.
 * The queue (statuses and groups) is served by {@code ticket_queue_ix}, caller, engineer and
 * department by their indexes; text is a case-insensitive {@code LIKE '%...%'} on summary or
 * description, which PostgreSQL serves from trigram indexes and MariaDB and H2 evaluate on
 * the rows the other criteria leave (a scan when text is the only criterion). A position to
 * start after is a keyset condition on the order columns, which both indexes end in
 * ({@link Dialect#rowsAfter}), so a page deep into the results costs what the first does.
 */
public final class TicketSearchQuery {
    /** The work-queue order (each index ends in these columns), and the key of a position in it. */
    private static final List<String> ORDER = List.of("priority", "raised_at", "number_key");

    private final WhereClause where = new WhereClause();
    private final int limit;

    public TicketSearchQuery(TicketSearch search, Dialect dialect) {
        if (!search.statuses().isEmpty()) {
            add("status IN (<statuses>)", q -> q.bindList("statuses", search.statuses().stream().map(TicketStatus::name).toList()));
        }
        search.type().ifPresent(type -> add("type = :type", q -> q.bind("type", type.name())));
        if (!search.groups().isEmpty()) {
            add("group_id IN (<groups>)", q -> q.bindList("groups", search.groups().stream().map(GroupId::value).toList()));
        }
        search.engineer().map(StaffId::value).ifPresent(id -> add("engineer = :engineer", q -> q.bind("engineer", id)));
        search.caller().map(StaffId::value).ifPresent(id -> add("caller = :caller", q -> q.bind("caller", id)));
        search.priority().map(Priority::rank).ifPresent(rank -> add("priority = :priority", q -> q.bind("priority", rank)));
        search.department().map(DepartmentId::value)
                .ifPresent(id -> add("department = :department", q -> q.bind("department", id)));
        search.text().map(SqlValues::containing).ifPresent(pattern -> add(
                "(summary " + dialect.caseInsensitiveLike() + " :text OR description " + dialect.caseInsensitiveLike()
                        + " :text)", q -> q.bind("text", pattern)));
        search.raisedFrom().ifPresent(from -> add("raised_at >= " + dialect.timestamp("raised_from"),
                q -> q.bind("raised_from", SqlValues.utc(from))));
        search.raisedBefore().ifPresent(before -> add("raised_at < " + dialect.timestamp("raised_before"),
                q -> q.bind("raised_before", SqlValues.utc(before))));
        search.reach().ifPresent(this::within);
        search.after().ifPresent(position -> after(position, dialect));
        this.limit = search.limit();
    }

    /** Rows within the reader's reach: one condition, the three ways of reach ORed (none: no row). */
    private void within(TicketSearch.Reach reach) {
        List<String> ways = new ArrayList<>();
        reach.caller().ifPresent(caller -> ways.add("caller = :reach_caller"));
        if (!reach.groups().isEmpty()) {
            ways.add("group_id IN (<reach_groups>)");
        }
        reach.engineer().ifPresent(engineer -> ways.add("engineer = :reach_engineer"));
        if (ways.isEmpty()) {
            add("1 = 0", q -> q);
            return;
        }
        add("(" + String.join(" OR ", ways) + ")", q -> {
            reach.caller().ifPresent(caller -> q.bind("reach_caller", caller.value()));
            if (!reach.groups().isEmpty()) {
                q.bindList("reach_groups", reach.groups().stream().map(GroupId::value).toList());
            }
            reach.engineer().ifPresent(engineer -> q.bind("reach_engineer", engineer.value()));
            return q;
        });
    }

    /**
     * Rows after the position. Its raised-at is converted to the column type in SQL, as the
     * stored value was ({@link Dialect#timestamp}), so the position of a found ticket is equal
     * to its own row, and the search goes on with the next one.
     */
    private void after(QueuePosition position, Dialect dialect) {
        add(dialect.rowsAfter(ORDER, List.of(":after_priority", dialect.timestamp("after_raised_at"), ":after_number")),
                q -> q.bind("after_priority", position.priority().rank())
                        .bind("after_raised_at", SqlValues.utc(position.raisedAt()))
                        .bind("after_number", SqlValues.numberKey(position.number())));
    }

    public String sql() {
        return "SELECT snapshot FROM ticket" + where.sql() + " ORDER BY " + String.join(", ", ORDER) + " LIMIT :limit";
    }

    public Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
