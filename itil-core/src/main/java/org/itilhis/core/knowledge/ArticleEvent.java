package org.itilhis.core.knowledge;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a knowledge article. Each successful command records exactly
 * one event (a link that changes nothing records none); applying an article's events in order
 * rebuilds it ({@link Article#replay}). Events carry identities and values only: an article's
 * times used is the count of its {@link Used} events, and the version an event concerns is
 * named by its number.
 */
public sealed interface ArticleEvent extends DomainEvent {
    ArticleId articleId();

    @Override
    default String aggregateId() {
        return articleId().toString();
    }

    @Override
    default String type() {
        return "article." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per article event: a new event does not compile until every handler says
     * what it does with it.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R drafted(Drafted e);

        R draftEdited(DraftEdited e);

        R submittedForReview(SubmittedForReview e);

        R reviewApproved(ReviewApproved e);

        R reviewRejected(ReviewRejected e);

        R published(Published e);

        R newVersionDrafted(NewVersionDrafted e);

        R used(Used e);

        R retired(Retired e);

        R ciLinked(CiLinked e);

        R ciUnlinked(CiUnlinked e);
    }

    /** Written as a first draft: the article exists, its version 1 in DRAFT. */
    record Drafted(ArticleId articleId, ArticleNumber number, ArticleContent content, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.drafted(this);
        }
    }

    /** The draft's content replaced; the editor becomes one of its authors. */
    record DraftEdited(ArticleId articleId, int versionNumber, ArticleContent content, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.draftEdited(this);
        }
    }

    /** The draft handed to review. */
    record SubmittedForReview(ArticleId articleId, int versionNumber, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.submittedForReview(this);
        }
    }

    /** A reviewer, the actor, approved the version in review; it may be published. */
    record ReviewApproved(ArticleId articleId, int versionNumber, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reviewApproved(this);
        }
    }

    /** A reviewer, the actor, sent the version back to draft, saying why. */
    record ReviewRejected(ArticleId articleId, int versionNumber, String reason, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reviewRejected(this);
        }
    }

    /** The approved version is published; {@code superseded} is the version published before, if any. */
    record Published(ArticleId articleId, int versionNumber, Optional<Integer> superseded, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.published(this);
        }
    }

    /** A new version drafted beside the published one, which stays readable. */
    record NewVersionDrafted(ArticleId articleId, int versionNumber, ArticleContent content, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.newVersionDrafted(this);
        }
    }

    /** The published version helped solve a contact or a ticket: one use of the article. */
    record Used(ArticleId articleId, int versionNumber, DeskCase usedOn, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.used(this);
        }
    }

    /** The article withdrawn: its published version and any version in progress. */
    record Retired(ArticleId articleId, String reason, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.retired(this);
        }
    }

    /** A configuration item the article is about. */
    record CiLinked(ArticleId articleId, CiId ciId, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ciLinked(this);
        }
    }

    record CiUnlinked(ArticleId articleId, CiId ciId, StaffId actor, Instant occurredAt)
            implements ArticleEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ciUnlinked(this);
        }
    }
}
