package org.itilhis.adapters.jdbc.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link ProblemSearch} as one SQL query: a condition per given criterion, by number (its
 * sortable {@code number_key}: year, then sequence), limited. The incident is a sub-select of
 * {@code problem_incident}; text is a case-insensitive {@code LIKE '%...%'} on summary or
 * description; a number to start after is a keyset condition on {@code number_key}.
 */
final class ProblemSearchQuery {
    private final WhereClause where = new WhereClause();
    private final int limit;

    ProblemSearchQuery(ProblemSearch search, Dialect dialect) {
        if (!search.statuses().isEmpty()) {
            add("status IN (<statuses>)", q -> q.bindList("statuses", search.statuses().stream().map(ProblemStatus::name).toList()));
        }
        if (!search.groups().isEmpty()) {
            add("group_id IN (<groups>)", q -> q.bindList("groups", search.groups().stream().map(GroupId::value).toList()));
        }
        search.incident().ifPresent(incident -> add(
                "id IN (SELECT problem_id FROM problem_incident WHERE incident_id = :incident)",
                q -> q.bind("incident", dialect.uuid(incident.value()))));
        search.text().map(SqlValues::containing).ifPresent(pattern -> add(
                "(summary " + dialect.caseInsensitiveLike() + " :text OR description " + dialect.caseInsensitiveLike()
                        + " :text)", q -> q.bind("text", pattern)));
        search.reach().ifPresent(this::within);
        search.after().ifPresent(after -> add("number_key > :after",
                q -> q.bind("after", JdbcProblemRepository.numberKey(after))));
        this.limit = search.limit();
    }

    /** Problems within the reader's reach: its groups' or the ones it manages (neither: no row). */
    private void within(ProblemSearch.Reach reach) {
        List<String> ways = new ArrayList<>();
        if (!reach.groups().isEmpty()) {
            ways.add("group_id IN (<reach_groups>)");
        }
        reach.manager().ifPresent(manager -> ways.add("manager = :reach_manager"));
        if (ways.isEmpty()) {
            add("1 = 0", q -> q);
            return;
        }
        add("(" + String.join(" OR ", ways) + ")", q -> {
            if (!reach.groups().isEmpty()) {
                q.bindList("reach_groups", reach.groups().stream().map(GroupId::value).toList());
            }
            reach.manager().ifPresent(manager -> q.bind("reach_manager", manager.value()));
            return q;
        });
    }

    String sql() {
        return "SELECT snapshot FROM problem" + where.sql() + " ORDER BY number_key LIMIT :limit";
    }

    Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
