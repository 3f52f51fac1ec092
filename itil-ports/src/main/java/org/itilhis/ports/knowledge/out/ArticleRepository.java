package org.itilhis.ports.knowledge.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.ports.knowledge.in.ArticleSearch;

/**
 * Stores knowledge articles with optimistic locking, like problems: an article loaded at version
 * n and changed by k events is saved only if the stored version is still n, and then stored at
 * n + k. Its content in Simplified Chinese comes back exactly as written.
 */
public interface ArticleRepository {
    /** A fresh identity for an article about to be written. */
    ArticleId nextId();

    Optional<Article> find(ArticleId id);

    Optional<Article> findByNumber(ArticleNumber number);

    /**
     * Inserts a new article or updates a stored one, using its pending events to know the version
     * it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code article}) if the stored
     *         version differs, or a new article's id or number exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Article article);

    /**
     * Articles matching the search, by number (year, then sequence), at most {@code
     * search.limit()}, and only those after {@code search.after()} when given. Paging after the
     * number of the last article of each page reads every match exactly once.
     */
    List<Article> search(ArticleSearch search);
}
