package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.core.knowledge.ArticleWorkflows.CONTENT;
import static org.itilhis.core.knowledge.ArticleWorkflows.REASON;
import static org.itilhis.core.knowledge.ArticleWorkflows.USED_ON;
import static org.itilhis.core.knowledge.ArticleWorkflows.present;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleEvent.CiLinked;
import org.itilhis.core.knowledge.ArticleEvent.CiUnlinked;
import org.itilhis.core.knowledge.ArticleEvent.DraftEdited;
import org.itilhis.core.knowledge.ArticleEvent.Drafted;
import org.itilhis.core.knowledge.ArticleEvent.NewVersionDrafted;
import org.itilhis.core.knowledge.ArticleEvent.Published;
import org.itilhis.core.knowledge.ArticleEvent.Retired;
import org.itilhis.core.knowledge.ArticleEvent.ReviewApproved;
import org.itilhis.core.knowledge.ArticleEvent.ReviewRejected;
import org.itilhis.core.knowledge.ArticleEvent.SubmittedForReview;
import org.itilhis.core.knowledge.ArticleEvent.Used;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.shared.StaffId;

/**
 * A knowledge article: a solution the desk, engineers or all staff can read, so that more calls
 * are solved at first contact and the same fault is not worked out twice.
 *
 * <p>Someone writes it as a draft; its authors edit the draft and submit it for review; a
 * reviewer who is not one of its authors approves it (or rejects it back to draft, saying why);
 * once approved it is published, and everyone in its audience reads it. A published article is
 * changed by a new version, drafted beside it and reviewed in the same way, while the published
 * one stays readable; publishing the new version supersedes the old. Retiring withdraws the
 * article. Each time its published version helps solve a call or a ticket it counts one use, so
 * that useful articles rise in the desk's searches. The permitted steps and what each needs are
 * the data of {@link ArticleWorkflows}.
 *
 * <p>Invariants: at most one version is published and at most one in progress (draft or in
 * review); a version's reviewer is never one of its authors, and no version is published without
 * one; superseded and retired versions never change again. Every successful command records
 * exactly one {@link ArticleEvent}, except a link that changes nothing, which records none;
 * {@link #replay} rebuilds the article from its events and {@link #version()} counts them.
 * Who may do what, and for which audience, is the application service's (the access policy).
 */
public final class Article extends ArticleState {
    /** The longest reason kept for a rejection or a retirement. */
    public static final int MAX_REASON = 2000;

    private Article(Drafted drafted) {
        super(drafted);
    }

    private Article(ArticleSnapshot snapshot) {
        super(snapshot);
    }

    /** Writes a new article: its version 1, a draft by {@code author}. */
    public static Article draft(ArticleId id, ArticleNumber number, ArticleContent content, StaffId author,
                                Instant at) {
        Drafted drafted = new Drafted(checkNotNull(id, "id"), checkNotNull(number, "number"),
                checkNotNull(content, "content"), checkNotNull(author, "author"), checkNotNull(at, "at"));
        Article article = new Article(drafted);
        article.created(drafted);
        return article;
    }

    /** Rebuilds an article from its complete event history, oldest first. */
    public static Article replay(List<? extends ArticleEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Drafted, "an article's history starts with Drafted");
        Article article = new Article((Drafted) history.get(0));
        for (ArticleEvent event : history.subList(1, history.size())) {
            checkArgument(event.articleId().equals(article.id()), "event %s belongs to another article", event);
            article.replayed(event);
        }
        return article;
    }

    /** Restores a stored article. Used by adapters only; records no events. */
    public static Article restore(ArticleSnapshot s) {
        checkNotNull(s, "snapshot");
        for (int i = 0; i < s.versions().size(); i++) {
            checkArgument(s.versions().get(i).number() == i + 1, "versions of %s not numbered 1, 2, ...", s.number());
        }
        checkArgument(s.versions().stream().filter(v -> v.status() == ArticleStatus.PUBLISHED).count() <= 1,
                "%s has more than one published version", s.number());
        checkArgument(s.versions().stream().filter(v -> v.status().inProgress()).count() <= 1,
                "%s has more than one version in progress", s.number());
        return new Article(s);
    }

    // ---- the workflow of the version in progress -----------------------------------------

    /** Replaces the content of the draft; {@code author} becomes one of its authors. */
    public void editDraft(ArticleContent content, StaffId author, Instant at) {
        ArticleVersion draft = take(ArticleAction.EDIT, inProgressOrLatest(), present(CONTENT, content));
        record(new DraftEdited(id(), draft.number(), content, author, when(at)));
    }

    public void submitForReview(StaffId author, Instant at) {
        ArticleVersion draft = take(ArticleAction.SUBMIT, inProgressOrLatest(), Set.of());
        record(new SubmittedForReview(id(), draft.number(), author, when(at)));
    }

    /**
     * Approves the version in review: it may be published.
     *
     * @throws ReviewerIsAuthorException if {@code reviewer} drafted or edited the version
     */
    public void approve(StaffId reviewer, Instant at) {
        ArticleVersion inReview = take(ArticleAction.APPROVE, inProgressOrLatest(), Set.of());
        requireNotAnAuthor(inReview, reviewer);
        record(new ReviewApproved(id(), inReview.number(), reviewer, when(at)));
    }

    /**
     * Sends the version in review back to draft, saying why; any approval is forgotten.
     *
     * @throws ReviewerIsAuthorException if {@code reviewer} drafted or edited the version
     */
    public void reject(String reason, StaffId reviewer, Instant at) {
        ArticleVersion inReview = take(ArticleAction.REJECT, inProgressOrLatest(), present(REASON, reason));
        requireNotAnAuthor(inReview, reviewer);
        record(new ReviewRejected(id(), inReview.number(), reason(reason), reviewer, when(at)));
    }

    /**
     * Publishes the approved version; the version published before, if any, is superseded.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if no reviewer approved it
     */
    public void publish(StaffId actor, Instant at) {
        ArticleVersion approved = take(ArticleAction.PUBLISH, inProgressOrLatest(), Set.of());
        record(new Published(id(), approved.number(), published().map(ArticleVersion::number), actor, when(at)));
    }

    // ---- the published version -----------------------------------------------------------

    /**
     * Drafts a new version with {@code content} beside the published one, which stays readable
     * until the new one is published.
     *
     * @throws org.itilhis.core.workflow.GuardFailedException if a version is in progress already
     */
    public void draftNewVersion(ArticleContent content, StaffId author, Instant at) {
        take(ArticleAction.NEW_VERSION, publishedOrLatest(), present(CONTENT, content));
        record(new NewVersionDrafted(id(), latest().number() + 1, content, author, when(at)));
    }

    /** The published version helped solve {@code usedOn}: one more use. */
    public void use(DeskCase usedOn, StaffId actor, Instant at) {
        ArticleVersion used = take(ArticleAction.USE, publishedOrLatest(), present(USED_ON, usedOn));
        record(new Used(id(), used.number(), usedOn, actor, when(at)));
    }

    /** Withdraws the article: its published version and its version in progress retire. */
    public void retire(String reason, StaffId actor, Instant at) {
        take(ArticleAction.RETIRE, published().or(this::versionInProgress).orElseGet(this::latest),
                present(REASON, reason));
        record(new Retired(id(), reason(reason), actor, when(at)));
    }

    // ---- links -----------------------------------------------------------------------------

    /**
     * Links a configuration item the article is about; whether it was new (linking twice records
     * it once).
     *
     * @throws ArticleRetiredException if the article is retired
     */
    public boolean linkCi(CiId ci, StaffId actor, Instant at) {
        checkNotNull(ci, "ci");
        requireNotRetired();
        if (linkedCis().contains(ci)) {
            return false;
        }
        record(new CiLinked(id(), ci, actor, when(at)));
        return true;
    }

    /**
     * Unlinks a configuration item; whether it was linked.
     *
     * @throws ArticleRetiredException if the article is retired
     */
    public boolean unlinkCi(CiId ci, StaffId actor, Instant at) {
        checkNotNull(ci, "ci");
        requireNotRetired();
        if (!linkedCis().contains(ci)) {
            return false;
        }
        record(new CiUnlinked(id(), ci, actor, when(at)));
        return true;
    }

    // ---- internals -------------------------------------------------------------------------

    /** Checks {@code action} on {@code version} against the workflow and answers the version. */
    private ArticleVersion take(ArticleAction action, ArticleVersion version, Set<String> presentFields) {
        ArticleWorkflows.ARTICLE.check(version.status(), action, this, presentFields);
        return version;
    }

    private ArticleVersion inProgressOrLatest() {
        return versionInProgress().orElseGet(this::latest);
    }

    private ArticleVersion publishedOrLatest() {
        return published().orElseGet(this::latest);
    }

    private void requireNotAnAuthor(ArticleVersion version, StaffId reviewer) {
        checkNotNull(reviewer, "reviewer");
        if (version.authors().contains(reviewer)) {
            throw new ReviewerIsAuthorException(number(), version.number(), reviewer);
        }
    }

    private void requireNotRetired() {
        if (status() == ArticleStatus.RETIRED) {
            throw new ArticleRetiredException(number());
        }
    }

    /** A reason, stripped, at most {@value #MAX_REASON} characters (given: the workflow checked it). */
    private static String reason(String reason) {
        String stripped = reason.strip();
        checkArgument(stripped.length() <= MAX_REASON, "reason is longer than %s characters", MAX_REASON);
        return stripped;
    }
}
