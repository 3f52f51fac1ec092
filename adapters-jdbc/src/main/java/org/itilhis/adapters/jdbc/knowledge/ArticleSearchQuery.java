package org.itilhis.adapters.jdbc.knowledge;

import java.util.function.UnaryOperator;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.jdbi.v3.core.statement.Query;

/**
 * An {@link ArticleSearch} as one SQL query: a condition per given criterion, by number (its
 * sortable {@code number_key}: year, then sequence), limited. The category matches itself and
 * the categories within it ({@code desktop} keeps {@code desktop.printer}); the item is a
 * sub-select of {@code knowledge_article_ci}; the reach keeps the reader's audiences (and the
 * published articles only, for a reader who is no editor); a number to start after is a keyset
 * condition on {@code number_key}.
 */
final class ArticleSearchQuery {
    private final WhereClause where = new WhereClause();
    private final int limit;

    ArticleSearchQuery(ArticleSearch search, Dialect dialect) {
        if (!search.statuses().isEmpty()) {
            add("status IN (<statuses>)",
                    q -> q.bindList("statuses", search.statuses().stream().map(ArticleStatus::name).toList()));
        }
        search.category().ifPresent(category -> add("(category = :category OR category LIKE :within)",
                q -> q.bind("category", category.value()).bind("within", category.value() + ".%")));
        search.ci().ifPresent(ci -> add(
                "id IN (SELECT article_id FROM knowledge_article_ci WHERE ci_id = :ci)",
                q -> q.bind("ci", dialect.uuid(ci.value()))));
        search.reach().ifPresent(this::within);
        search.after().ifPresent(after -> add("number_key > :after",
                q -> q.bind("after", JdbcArticleRepository.numberKey(after))));
        this.limit = search.limit();
    }

    /** Articles within the reader's reach: their audiences, published only unless an editor (none: no row). */
    private void within(ArticleSearch.Reach reach) {
        if (reach.audiences().isEmpty()) {
            add("1 = 0", q -> q);
            return;
        }
        add("audience IN (<reach_audiences>)", q -> q.bindList("reach_audiences",
                reach.audiences().stream().map(KnowledgeAudience::name).toList()));
        if (reach.publishedOnly()) {
            add("status = :reach_status", q -> q.bind("reach_status", ArticleStatus.PUBLISHED.name()));
        }
    }

    String sql() {
        return "SELECT snapshot FROM knowledge_article" + where.sql() + " ORDER BY number_key LIMIT :limit";
    }

    Query bindTo(Query query) {
        return where.bindTo(query.bind("limit", limit));
    }

    private void add(String condition, UnaryOperator<Query> binding) {
        where.add(condition, binding);
    }
}
