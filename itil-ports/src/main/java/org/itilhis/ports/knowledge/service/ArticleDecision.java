package org.itilhis.ports.knowledge.service;

import java.time.Instant;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleCommand.ApproveReview;
import org.itilhis.ports.knowledge.in.ArticleCommand.DraftNewVersion;
import org.itilhis.ports.knowledge.in.ArticleCommand.EditDraft;
import org.itilhis.ports.knowledge.in.ArticleCommand.LinkCi;
import org.itilhis.ports.knowledge.in.ArticleCommand.Publish;
import org.itilhis.ports.knowledge.in.ArticleCommand.RejectReview;
import org.itilhis.ports.knowledge.in.ArticleCommand.Retire;
import org.itilhis.ports.knowledge.in.ArticleCommand.SubmitForReview;
import org.itilhis.ports.knowledge.in.ArticleCommand.UnlinkCi;

/**
 * What the article decides for each command, at {@code at}, for the actor: one method per command
 * ({@link ArticleCommand.Visitor}), so a new command does not compile until it is handled here.
 * A version in progress that a command touches, and the content a command writes, must be for an
 * audience the actor reads.
 */
final class ArticleDecision implements ArticleCommand.Visitor<Void> {
    private final CmdbPorts cmdb;
    private final ArticleDrafts drafts;
    private final ArticleVisibility visibility;
    private final Article article;
    private final StaffId by;
    private final Instant at;

    ArticleDecision(CmdbPorts cmdb, ArticleDrafts drafts, ArticleVisibility visibility, Article article, StaffId by,
                    Instant at) {
        this.cmdb = cmdb;
        this.drafts = drafts;
        this.visibility = visibility;
        this.article = article;
        this.by = by;
        this.at = at;
    }

    @Override
    public Void editDraft(EditDraft command) {
        readsVersionInProgress();
        article.editDraft(written(drafts.content(command.content())), by, at);
        return null;
    }

    @Override
    public Void submitForReview(SubmitForReview command) {
        readsVersionInProgress();
        article.submitForReview(by, at);
        return null;
    }

    @Override
    public Void approveReview(ApproveReview command) {
        readsVersionInProgress();
        article.approve(by, at);
        return null;
    }

    @Override
    public Void rejectReview(RejectReview command) {
        readsVersionInProgress();
        article.reject(command.reason(), by, at);
        return null;
    }

    @Override
    public Void publish(Publish command) {
        readsVersionInProgress();
        article.publish(by, at);
        return null;
    }

    @Override
    public Void draftNewVersion(DraftNewVersion command) {
        article.draftNewVersion(written(drafts.content(command.content())), by, at);
        return null;
    }

    @Override
    public Void retire(Retire command) {
        readsVersionInProgress();
        article.retire(command.reason(), by, at);
        return null;
    }

    @Override
    public Void linkCi(LinkCi command) {
        cmdb.items().find(command.ci()).orElseThrow(() -> new CiNotFoundException(command.ci()));
        article.linkCi(command.ci(), by, at);
        return null;
    }

    @Override
    public Void unlinkCi(UnlinkCi command) {
        article.unlinkCi(command.ci(), by, at);
        return null;
    }

    private void readsVersionInProgress() {
        article.versionInProgress().ifPresent(v -> visibility.checkReads(article, v.content().audience()));
    }

    private ArticleContent written(ArticleContent content) {
        visibility.checkReads(article, content.audience());
        return content;
    }
}
