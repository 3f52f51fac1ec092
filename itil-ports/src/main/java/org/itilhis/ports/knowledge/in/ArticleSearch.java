package org.itilhis.ports.knowledge.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.routing.CategoryCode;

/**
 * What to look for among articles by their records (the words people type go to the knowledge
 * index instead: {@link ArticleQueries#find}); every criterion left empty matches everything. An
 * article is matched by its status ({@code Article.status()}: published, else its version in
 * progress's, else retired) and by its current content (its published version's, else its
 * newest's): {@code category} keeps that category and those within it; {@code ci} keeps the
 * articles linked to the item. Results come by number, oldest first, at most {@code limit},
 * starting after the number {@code after} when given. {@code reach}, when given, keeps only the
 * articles its reader may see (see {@link Reach}).
 */
public record ArticleSearch(
        ImmutableSet<ArticleStatus> statuses,
        Optional<CategoryCode> category,
        Optional<CiId> ci,
        Optional<ArticleNumber> after,
        Optional<Reach> reach,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public ArticleSearch {
        checkNotNull(statuses, "statuses");
        checkNotNull(category, "category");
        checkNotNull(ci, "ci");
        checkNotNull(after, "after");
        checkNotNull(reach, "reach");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    /** Every article, up to {@code limit}. */
    public static ArticleSearch all(int limit) {
        return new ArticleSearch(ImmutableSet.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), limit);
    }

    public ArticleSearch withStatuses(Iterable<ArticleStatus> wanted) {
        return new ArticleSearch(ImmutableSet.copyOf(wanted), category, ci, after, reach, limit);
    }

    public ArticleSearch within(CategoryCode wanted) {
        return new ArticleSearch(statuses, Optional.of(wanted), ci, after, reach, limit);
    }

    public ArticleSearch linkedTo(CiId wanted) {
        return new ArticleSearch(statuses, category, Optional.of(wanted), after, reach, limit);
    }

    public ArticleSearch after(ArticleNumber wanted) {
        return new ArticleSearch(statuses, category, ci, Optional.of(wanted), reach, limit);
    }

    public ArticleSearch within(Reach wanted) {
        return new ArticleSearch(statuses, category, ci, after, Optional.of(wanted), limit);
    }

    /**
     * The articles a reader may see: those whose current content is written for one of {@code
     * audiences}, and only published ones when {@code publishedOnly} (a reader who neither writes
     * nor reviews articles).
     */
    public record Reach(ImmutableSet<KnowledgeAudience> audiences, boolean publishedOnly) {
        public Reach {
            checkNotNull(audiences, "audiences");
        }

        public boolean covers(ArticleStatus status, KnowledgeAudience audience) {
            return audiences.contains(audience) && (!publishedOnly || status == ArticleStatus.PUBLISHED);
        }
    }
}
