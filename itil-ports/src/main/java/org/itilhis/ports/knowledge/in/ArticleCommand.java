package org.itilhis.ports.knowledge.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;

/**
 * A command on an existing article (writing one is {@link WriteArticle}). {@code
 * expectedVersion}, when given, is the version of the article the actor saw; the command is
 * refused with a version conflict if the article changed since. Each command states the
 * permission it needs besides the right to read the article's audience: whoever may not read an
 * article is told it does not exist.
 */
public sealed interface ArticleCommand {
    Actor actor();

    ArticleId article();

    Long expectedVersion();

    /** The permission the actor needs to give this command. */
    Permission permission();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command: whatever dispatches article commands implements it, so a new
     * command does not compile until each dispatcher says what it does with it.
     */
    interface Visitor<R> {
        R editDraft(EditDraft command);

        R submitForReview(SubmitForReview command);

        R approveReview(ApproveReview command);

        R rejectReview(RejectReview command);

        R publish(Publish command);

        R draftNewVersion(DraftNewVersion command);

        R retire(Retire command);

        R linkCi(LinkCi command);

        R unlinkCi(UnlinkCi command);
    }

    /** Replaces the content of the version in draft; the actor becomes one of its authors. */
    record EditDraft(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotNull @Valid ArticleDraft content)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.WRITE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.editDraft(this);
        }
    }

    /** Hands the draft to review. */
    record SubmitForReview(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.WRITE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.submitForReview(this);
        }
    }

    /** Approves the version in review (never one the actor wrote or edited): it may be published. */
    record ApproveReview(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.REVIEW_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.approveReview(this);
        }
    }

    /** Sends the version in review back to draft, saying why (never one the actor wrote or edited). */
    record RejectReview(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.REVIEW_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejectReview(this);
        }
    }

    /** Publishes the approved version; the one published before is superseded. */
    record Publish(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.REVIEW_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.publish(this);
        }
    }

    /** Drafts a new version of a published article with {@code content}; the published one stays readable. */
    record DraftNewVersion(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotNull @Valid ArticleDraft content)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.WRITE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.draftNewVersion(this);
        }
    }

    /** Withdraws the article: its published version and any version in progress. */
    record Retire(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.RETIRE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.retire(this);
        }
    }

    /** Links a configuration item (of the CMDB) the article is about; linking it again changes nothing. */
    record LinkCi(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotNull CiId ci)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.WRITE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkCi(this);
        }
    }

    /** Unlinks a configuration item; unlinking one not linked changes nothing. */
    record UnlinkCi(@NotNull Actor actor, @NotNull ArticleId article, @PositiveOrZero Long expectedVersion,
            @NotNull CiId ci)
            implements ArticleCommand {
        @Override
        public Permission permission() {
            return Permission.WRITE_ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unlinkCi(this);
        }
    }
}
