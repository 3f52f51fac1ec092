package org.itilhis.adapters.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.in.TicketSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link TicketSearch} as one SQL query: a condition per given criterion, in work-queue
 * order (priority, then raised at, then number by its sortable {@code number_key}), limited. The queue (statuses and groups)
 * is served by {@code ticket_queue_ix}, caller, engineer and department by their indexes;
 * text is a case-insensitive {@code LIKE '%...%'} on summary or description, which
 * PostgreSQL serves from trigram indexes and MariaDB and H2 evaluate on the rows the other
 * criteria leave (a scan when text is the only criterion).
 */
final class TicketSearchQuery {
    private final List<String> conditions = new ArrayList<>();
    private final List<UnaryOperator<Query>> bindings = new ArrayList<>();
    private final int limit;

    TicketSearchQuery(TicketSearch search, Dialect dialect) {
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
        this.limit = search.limit();
    }

    String sql() {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return "SELECT snapshot FROM ticket" + where + " ORDER BY priority, raised_at, number_key LIMIT :limit";
    }

    Query bindTo(Query query) {
        Query bound = query.bind("limit", limit);
        for (UnaryOperator<Query> binding : bindings) {
            bound = binding.apply(bound);
        }
        return bound;
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        conditions.add(condition);
        bindings.add(binding);
    }
}
