package org.itilhis.ports.knowledge.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleAction;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ArticleVersion;

/**
 * An article as one reader may see it: its published version, the one everybody in its audience
 * reads, and its version in progress (draft or in review) only for a reader who may write or
 * review articles and read that version's audience (empty otherwise, as for a reporter); its
 * status, linked items, times used and the actions its workflow allows now. Never the aggregate.
 *
 * @param published  the version readers read; empty while the article was never published, or retired
 * @param inProgress the version being written or reviewed; empty when there is none or it is withheld
 * @param version    the optimistic-locking version, for {@code expectedVersion}
 */
public record ArticleView(ArticleId id, ArticleNumber number, ArticleStatus status, Optional<ArticleVersion> published,
                          Optional<ArticleVersion> inProgress, ImmutableSet<CiId> linkedCis, long timesUsed,
                          ImmutableSet<ArticleAction> allowedActions, Instant createdAt, Instant updatedAt,
                          long version) {
    public ArticleView {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(status, "status");
        checkNotNull(published, "published");
        checkNotNull(inProgress, "inProgress");
        checkNotNull(linkedCis, "linkedCis");
        checkNotNull(allowedActions, "allowedActions");
        checkNotNull(createdAt, "createdAt");
        checkNotNull(updatedAt, "updatedAt");
    }

    /** The whole article, its version in progress included. */
    public static ArticleView of(Article article) {
        return new ArticleView(article.id(), article.number(), article.status(), article.published(),
                article.versionInProgress(), article.linkedCis(), article.timesUsed(), article.allowedActions(),
                article.createdAt(), article.updatedAt(), article.version());
    }
}
