package org.itilhis.core.knowledge;

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
import org.itilhis.core.workflow.Workflow;

/**
 * Applies one event to an article's state: the single place where state changes, used both when
 * a command records an event and when a history is replayed. A lifecycle event is the record of
 * one workflow action on one version, and that version's new status is the action's declared
 * target in {@code workflow} ({@link ArticleWorkflows}), never a second copy here; publishing
 * moves the version published before by the declared {@code SUPERSEDE}, retiring moves every
 * live version by {@code RETIRE}. Links and uses leave the statuses alone.
 */
final class ArticleEvolution implements ArticleEvent.Visitor<Void> {
    private final ArticleState a;
    private final Workflow<ArticleStatus, ArticleAction, Article> workflow;

    private ArticleEvolution(ArticleState article, Workflow<ArticleStatus, ArticleAction, Article> workflow) {
        this.a = article;
        this.workflow = workflow;
    }

    static void apply(ArticleState a, ArticleEvent event, Workflow<ArticleStatus, ArticleAction, Article> workflow) {
        event.accept(new ArticleEvolution(a, workflow));
    }

    @Override
    public Void drafted(Drafted e) {
        throw new IllegalArgumentException("an article is drafted only once: " + e);
    }

    @Override
    public Void draftEdited(DraftEdited e) {
        ArticleStatus target = a.target(workflow, e.versionNumber(), ArticleAction.EDIT);
        a.change(e.versionNumber(), v -> v.editedBy(e.actor(), e.content()).moved(target));
        return null;
    }

    @Override
    public Void submittedForReview(SubmittedForReview e) {
        move(e.versionNumber(), ArticleAction.SUBMIT);
        return null;
    }

    @Override
    public Void reviewApproved(ReviewApproved e) {
        ArticleStatus target = a.target(workflow, e.versionNumber(), ArticleAction.APPROVE);
        a.change(e.versionNumber(), v -> v.approvedBy(e.actor()).moved(target));
        return null;
    }

    @Override
    public Void reviewRejected(ReviewRejected e) {
        ArticleStatus target = a.target(workflow, e.versionNumber(), ArticleAction.REJECT);
        a.change(e.versionNumber(), v -> v.sentBack(target));
        return null;
    }

    @Override
    public Void published(Published e) {
        a.published().ifPresent(old -> move(old.number(), ArticleAction.SUPERSEDE));
        ArticleStatus target = a.target(workflow, e.versionNumber(), ArticleAction.PUBLISH);
        a.change(e.versionNumber(), v -> v.published(target, e.occurredAt()));
        return null;
    }

    @Override
    public Void newVersionDrafted(NewVersionDrafted e) {
        a.published().ifPresent(from -> move(from.number(), ArticleAction.NEW_VERSION));
        a.onVersionAdded(ArticleVersion.draft(e.versionNumber(), e.content(), e.actor(), e.occurredAt())
                .moved(workflow.initial()));
        return null;
    }

    @Override
    public Void used(Used e) {
        move(e.versionNumber(), ArticleAction.USE);
        a.onUsed();
        return null;
    }

    @Override
    public Void retired(Retired e) {
        for (ArticleVersion version : a.versions()) {
            if (!version.status().isTerminal()) {
                move(version.number(), ArticleAction.RETIRE);
            }
        }
        return null;
    }

    @Override
    public Void ciLinked(CiLinked e) {
        a.onCiLinked(e.ciId());
        return null;
    }

    @Override
    public Void ciUnlinked(CiUnlinked e) {
        a.onCiUnlinked(e.ciId());
        return null;
    }

    private void move(int number, ArticleAction action) {
        ArticleStatus target = a.target(workflow, number, action);
        a.change(number, v -> v.moved(target));
    }
}
