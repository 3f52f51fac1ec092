package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * One version of an article: its content, where it stands, who wrote it and who approved it.
 *
 * <p>Invariants: the reviewer is never one of the authors; a version is approved (has a
 * reviewer) only in review or once published; a version was published exactly when it has a
 * publication instant, and then it had a reviewer.
 *
 * @param number      1 for the first version, counting up
 * @param authors     who drafted or edited it, in order; never empty
 * @param reviewer    who approved it; empty while a draft, or in review before approval
 * @param publishedAt when it was published, if it ever was
 */
public record ArticleVersion(int number, ArticleContent content, ArticleStatus status, ImmutableSet<StaffId> authors,
                             Optional<StaffId> reviewer, Instant draftedAt, Optional<Instant> publishedAt) {
    public ArticleVersion {
        checkArgument(number >= 1, "version number %s is below 1", number);
        checkNotNull(content, "content");
        checkNotNull(status, "status");
        checkNotNull(authors, "authors");
        checkArgument(!authors.isEmpty(), "version %s has no author", number);
        checkNotNull(reviewer, "reviewer");
        checkNotNull(draftedAt, "draftedAt");
        checkNotNull(publishedAt, "publishedAt");
        checkArgument(reviewer.map(r -> !authors.contains(r)).orElse(true),
                "reviewer %s is an author of version %s", reviewer, (Object) number);
        checkArgument(status != ArticleStatus.DRAFT || reviewer.isEmpty(), "a draft approved by %s", reviewer);
        switch (status) {
            case PUBLISHED, SUPERSEDED -> checkArgument(publishedAt.isPresent(), "version %s %s but never published",
                    number, status);
            case DRAFT, IN_REVIEW -> checkArgument(publishedAt.isEmpty(), "version %s %s but published at %s",
                    number, status, publishedAt);
            case RETIRED -> { }
        }
        checkArgument(publishedAt.isEmpty() || reviewer.isPresent(), "version %s published without a reviewer",
                number);
    }

    /** A new draft by {@code author}. */
    static ArticleVersion draft(int number, ArticleContent content, StaffId author, Instant at) {
        return new ArticleVersion(number, content, ArticleStatus.DRAFT, ImmutableSet.of(author), Optional.empty(), at,
                Optional.empty());
    }

    /** Whether it was ever published (it may be superseded or retired since). */
    public boolean wasPublished() {
        return publishedAt.isPresent();
    }

    // Each change is one new value, so that every intermediate value meets the invariants.

    ArticleVersion moved(ArticleStatus target) {
        return new ArticleVersion(number, content, target, authors, reviewer, draftedAt, publishedAt);
    }

    ArticleVersion editedBy(StaffId author, ArticleContent next) {
        ImmutableSet<StaffId> all = ImmutableSet.<StaffId>builder().addAll(authors).add(author).build();
        return new ArticleVersion(number, next, status, all, reviewer, draftedAt, publishedAt);
    }

    ArticleVersion approvedBy(StaffId approver) {
        return new ArticleVersion(number, content, status, authors, Optional.of(approver), draftedAt, publishedAt);
    }

    /** Back to {@code target} (a draft), the approval, if any, forgotten. */
    ArticleVersion sentBack(ArticleStatus target) {
        return new ArticleVersion(number, content, target, authors, Optional.empty(), draftedAt, publishedAt);
    }

    ArticleVersion published(ArticleStatus target, Instant at) {
        return new ArticleVersion(number, content, target, authors, reviewer, draftedAt, Optional.of(at));
    }
}
