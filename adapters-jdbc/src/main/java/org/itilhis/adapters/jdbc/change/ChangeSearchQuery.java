package org.itilhis.adapters.jdbc.change;

import com.google.common.collect.ImmutableSet;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.change.in.ChangeSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link ChangeSearch} as one SQL query: a condition per given criterion, by number (its
 * sortable {@code number_key}: year, then sequence), limited. The touched item is a sub-select
 * of {@code change_ci}; the awaited board is the board of an approval still open ({@code
 * AWAITING_APPROVAL}); text is a case-insensitive {@code LIKE '%...%'} on summary or description
 * (portable, no text index); a number to start after is a keyset condition on {@code number_key}.
 */
final class ChangeSearchQuery {
    private final WhereClause where = new WhereClause();
    private final int limit;

    ChangeSearchQuery(ChangeSearch search, Dialect dialect) {
        if (!search.statuses().isEmpty()) {
            add("status IN (<statuses>)", q -> q.bindList("statuses", search.statuses().stream().map(ChangeStatus::name).toList()));
        }
        if (!search.models().isEmpty()) {
            add("model IN (<models>)", q -> q.bindList("models", search.models().stream().map(ChangeModel::name).toList()));
        }
        if (!search.groups().isEmpty()) {
            add("group_id IN (<groups>)", q -> q.bindList("groups", search.groups().stream().map(GroupId::value).toList()));
        }
        search.ci().ifPresent(ci -> add("id IN (SELECT change_id FROM change_ci WHERE ci_id = :ci)",
                q -> q.bind("ci", dialect.uuid(ci.value()))));
        search.board().ifPresent(board -> add("approval_board = :board AND status = :awaiting",
                q -> q.bind("board", board.value()).bind("awaiting", ChangeStatus.AWAITING_APPROVAL.name())));
        search.text().map(SqlValues::containing).ifPresent(pattern -> add(
                "(summary " + dialect.caseInsensitiveLike() + " :text OR description " + dialect.caseInsensitiveLike()
                        + " :text)", q -> q.bind("text", pattern)));
        search.after().ifPresent(after -> add("number_key > :after",
                q -> q.bind("after", JdbcChangeRepository.numberKey(after))));
        search.reach().ifPresent(this::within);
        this.limit = search.limit();
    }

    /** Changes of the reader's groups only (none: no row). */
    private void within(ImmutableSet<GroupId> groups) {
        if (groups.isEmpty()) {
            add("1 = 0", q -> q);
            return;
        }
        add("group_id IN (<reach_groups>)", q -> q.bindList("reach_groups", groups.stream().map(GroupId::value).toList()));
    }

    String sql() {
        return "SELECT snapshot FROM change_record" + where.sql() + " ORDER BY number_key LIMIT :limit";
    }

    Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
