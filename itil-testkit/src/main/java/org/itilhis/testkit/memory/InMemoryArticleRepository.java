package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleSnapshot;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.out.ArticleRepository;

/**
 * Articles in a map of snapshots, like {@link InMemoryProblemRepository}: every load restores a
 * fresh aggregate, writes are undone with their transaction, and reads wait for another thread's
 * running transaction.
 */
public final class InMemoryArticleRepository implements ArticleRepository {
    /** By number: year, then sequence. */
    static final Comparator<ArticleNumber> BY_NUMBER = Comparator.comparingInt(ArticleNumber::year)
            .thenComparingLong(ArticleNumber::sequence);

    private final SnapshotStore<ArticleId, ArticleNumber, ArticleSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryArticleRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "article", ArticleSnapshot::id, ArticleSnapshot::number,
                ArticleSnapshot::version);
    }

    @Override
    public ArticleId nextId() {
        return new ArticleId(new UUID(0xA271CL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Article> find(ArticleId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Article::restore);
    }

    @Override
    public Optional<Article> findByNumber(ArticleNumber number) {
        checkNotNull(number, "number");
        return store.byNumber(number).map(Article::restore);
    }

    @Override
    public void save(Article article) {
        ArticleSnapshot next = article.snapshot();
        long expected = next.version() - article.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Article> search(ArticleSearch search) {
        checkNotNull(search, "search");
        return store.all().stream()
                .map(Article::restore)
                .filter(article -> matches(article, search))
                .sorted(Comparator.comparing(Article::number, BY_NUMBER))
                .limit(search.limit())
                .toList();
    }

    /** How many articles are stored. */
    public int size() {
        return store.size();
    }

    /** Every stored article as it is stored now, by id: for checks that compare whole stores. */
    public Map<ArticleId, ArticleSnapshot> snapshots() {
        return store.snapshots();
    }

    private static boolean matches(Article article, ArticleSearch q) {
        ArticleContent content = article.content();
        return (q.statuses().isEmpty() || q.statuses().contains(article.status()))
                && q.category().map(content.category()::isWithin).orElse(true)
                && q.ci().map(article.linkedCis()::contains).orElse(true)
                && q.after().map(after -> BY_NUMBER.compare(article.number(), after) > 0).orElse(true)
                && q.reach().map(reach -> reach.covers(article.status(), content.audience())).orElse(true);
    }
}
