package org.itilhis.adapters.jdbc.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleSnapshot;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Articles in the {@code knowledge_article} table, as problems in theirs ({@code
 * JdbcProblemRepository}): the columns searches filter and sort on (the article's status, the
 * audience and category of its current content, its number's sortable key) and the whole {@link
 * ArticleSnapshot} as JSON, from which articles are restored, every version's Chinese and English
 * text with it. Saving a changed article is {@code UPDATE ... WHERE id = ? AND version = ?}: when
 * no row matches, someone else saved first and the save fails with a {@link
 * VersionConflictException} carrying the stored version; a new article whose id or number is
 * taken fails the same way. The linked items are rewritten in {@code knowledge_article_ci} with
 * every save, for the search by item.
 */
public final class JdbcArticleRepository implements ArticleRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable rows;
    private final String insertSql;
    private final String updateSql;

    public JdbcArticleRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotTable("knowledge_article", "article", dialect);
        this.updateSql = rows.updateSql("status = :status, audience = :audience, "
                + "category = :category, times_used = :times_used, updated_at = :updated_at");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO knowledge_article (id, number, number_key, "
                + "created_at, status, audience, category, times_used, updated_at, version, snapshot) VALUES "
                + "(:id, :number, :number_key, :created_at, :status, :audience, :category, :times_used, :updated_at, "
                + ":version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public ArticleId nextId() {
        return new ArticleId(UUID.randomUUID());
    }

    @Override
    public Optional<Article> find(ArticleId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding article " + id,
                handle -> rows.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public Optional<Article> findByNumber(ArticleNumber number) {
        checkNotNull(number, "number");
        return transactions.withHandle("finding article " + number,
                handle -> rows.snapshotByNumber(handle, number.toString()).map(this::restore));
    }

    @Override
    public void save(Article article) {
        ArticleSnapshot next = article.snapshot();
        long expected = next.version() - article.pendingEvents().size();
        transactions.withHandle("saving article " + next.number(), handle -> {
            if (expected == 0) {
                insert(handle, article, next);
            } else {
                update(handle, article, next, expected);
                handle.createUpdate("DELETE FROM knowledge_article_ci WHERE article_id = :id")
                        .bind("id", dialect.uuid(next.id().value()))
                        .execute();
            }
            linkItems(handle, next);
            return null;
        });
    }

    @Override
    public List<Article> search(ArticleSearch search) {
        checkNotNull(search, "search");
        ArticleSearchQuery query = new ArticleSearchQuery(search, dialect);
        return transactions.withHandle("searching articles", handle -> query.bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    /** The {@code number_key} of an article number: its sequence zero-padded to 19 digits, so that text order is number order. */
    static String numberKey(ArticleNumber number) {
        return String.format("%s-%04d-%019d", ArticleNumber.PREFIX, number.year(), number.sequence());
    }

    private void insert(Handle handle, Article article, ArticleSnapshot next) {
        rows.insert(handle, bindChanging(handle.createUpdate(insertSql), article, next)
                .bind("id", dialect.uuid(next.id().value()))
                .bind("number", next.number().toString())
                .bind("number_key", numberKey(next.number()))
                .bind("created_at", utc(next.createdAt())),
                next.id().value(), next.number().toString());
    }

    private void update(Handle handle, Article article, ArticleSnapshot next, long expected) {
        rows.update(handle, bindChanging(handle.createUpdate(updateSql), article, next), next.id().value(),
                next.number().toString(), expected);
    }

    private void linkItems(Handle handle, ArticleSnapshot next) {
        if (next.linkedCis().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO knowledge_article_ci (article_id, ci_id) VALUES (:article_id, :ci_id)");
        for (CiId ci : next.linkedCis()) {
            batch.bind("article_id", dialect.uuid(next.id().value()))
                    .bind("ci_id", dialect.uuid(ci.value()))
                    .add();
        }
        batch.execute();
    }

    /** The columns a command may change: the article's status and current content's, its uses, its snapshot. */
    private <S extends SqlStatement<S>> S bindChanging(S statement, Article article, ArticleSnapshot next) {
        ArticleContent current = article.content();
        return statement
                .bind("status", article.status().name())
                .bind("audience", current.audience().name())
                .bind("category", current.category().value())
                .bind("times_used", next.timesUsed())
                .bind("updated_at", utc(next.updatedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }



    private Article restore(String snapshot) {
        return Article.restore(codec.read(snapshot, ArticleSnapshot.class));
    }
}
