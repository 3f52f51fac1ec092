package org.itilhis.ports.knowledge.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;

/**
 * Reading knowledge articles. Results only ever contain what the actor may read: the articles
 * whose audience they may read ({@code VIEW_ARTICLE} for all staff, {@code
 * VIEW_ENGINEER_ARTICLES}, {@code VIEW_DESK_ARTICLES}), published ones only unless they may
 * write or review articles ({@code WRITE_ARTICLE}, {@code REVIEW_ARTICLE}), who also see the
 * versions in progress. Under the hospital default a reporter reads the published all-staff
 * articles, an engineer the engineers' too, the desk every audience.
 */
public interface ArticleQueries {
    /** @throws ArticleNotFoundException if absent or not visible to the actor */
    ArticleView article(Actor actor, ArticleId id);

    Optional<ArticleView> byNumber(Actor actor, ArticleNumber number);

    /**
     * The articles matching {@code search} that the actor may see, by number, at most {@code
     * search.limit()}, after {@code search.after()} when given (keyset paging).
     */
    List<ArticleView> search(Actor actor, ArticleSearch search);

    /** The articles the actor sees that are linked to the configuration item {@code ci}. */
    default List<ArticleView> linkedTo(Actor actor, CiId ci) {
        return search(actor, ArticleSearch.all(ArticleSearch.MAX_LIMIT).linkedTo(ci));
    }

    /**
     * The published articles matching what the actor typed, in Chinese and/or English, best first
     * (the knowledge index: title, tags, body, category and CI classes; the more used rise), within
     * the audiences the actor may read, at most {@code limit} (1 to 100).
     */
    List<ArticleView> find(Actor actor, String text, int limit);

    /**
     * The audit trail of one article, oldest first: for a reader who may write or review articles
     * and read its audience.
     *
     * @throws ArticleNotFoundException if absent or not visible to the actor
     * @throws org.itilhis.core.access.NotPermittedException if the actor may only read it
     */
    List<DomainEvent> history(Actor actor, ArticleId id);
}
