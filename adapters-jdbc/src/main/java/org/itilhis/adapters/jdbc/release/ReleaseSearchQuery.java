package org.itilhis.adapters.jdbc.release;

import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link ReleaseSearch} as one SQL query: a condition per given criterion, by number (its
 * sortable {@code number_key}: year, then sequence), limited. The change is a sub-select of
 * {@code release_change}; text is a case-insensitive {@code LIKE '%...%'} on summary or release
 * version; a number to start after is a keyset condition on {@code number_key}.
 */
final class ReleaseSearchQuery {
    private final WhereClause where = new WhereClause();
    private final int limit;

    ReleaseSearchQuery(ReleaseSearch search, Dialect dialect) {
        if (!search.statuses().isEmpty()) {
            add("status IN (<statuses>)",
                    q -> q.bindList("statuses", search.statuses().stream().map(ReleaseStatus::name).toList()));
        }
        search.change().ifPresent(change -> add(
                "id IN (SELECT release_id FROM release_change WHERE change_id = :change)",
                q -> q.bind("change", dialect.uuid(change.value()))));
        search.text().map(SqlValues::containing).ifPresent(pattern -> add(
                "(summary " + dialect.caseInsensitiveLike() + " :text OR release_version "
                        + dialect.caseInsensitiveLike() + " :text)", q -> q.bind("text", pattern)));
        search.after().ifPresent(after -> add("number_key > :after",
                q -> q.bind("after", JdbcReleaseRepository.numberKey(after))));
        this.limit = search.limit();
    }

    String sql() {
        return "SELECT snapshot FROM release_record" + where.sql() + " ORDER BY number_key LIMIT :limit";
    }

    Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
