package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ArticleVersion;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.in.ArticleView;

/**
 * What one actor may read of knowledge articles, which belong to no group: the audiences whose
 * view permission they hold, and, if they may write or review articles (an editor), the versions
 * in progress and retired articles besides the published versions. Every read and every
 * command's answer passes through it.
 */
final class ArticleVisibility {
    private final AccessPolicy access;
    private final Actor actor;
    private final ImmutableSet<KnowledgeAudience> audiences;
    private final boolean editor;

    private ArticleVisibility(AccessPolicy access, Actor actor) {
        this.access = access;
        this.actor = actor;
        AccessContext anywhere = context();
        this.audiences = Arrays.stream(KnowledgeAudience.values())
                .filter(audience -> access.permits(actor, audience.viewPermission(), anywhere))
                .collect(ImmutableSet.toImmutableSet());
        this.editor = access.permits(actor, Permission.WRITE_ARTICLE, anywhere)
                || access.permits(actor, Permission.REVIEW_ARTICLE, anywhere);
    }

    static ArticleVisibility of(AccessPolicy access, Actor actor) {
        return new ArticleVisibility(checkNotNull(access, "access"), checkNotNull(actor, "actor"));
    }

    /** The facts the access policy decides on for articles: none (they belong to no group). */
    static AccessContext context() {
        return AccessContext.general(ImmutableSet.of());
    }

    ImmutableSet<KnowledgeAudience> audiences() {
        return audiences;
    }

    /** Whether the actor may write or review articles, and so see versions in progress. */
    boolean editor() {
        return editor;
    }

    /** Where a search may look for this actor. */
    ArticleSearch.Reach reach() {
        return new ArticleSearch.Reach(audiences, !editor);
    }

    /** Whether the actor reads {@code version}: its audience, and published unless they are an editor. */
    boolean reads(ArticleVersion version) {
        return audiences.contains(version.content().audience())
                && (version.status() == ArticleStatus.PUBLISHED || editor);
    }

    /**
     * Checks the actor may read {@code audience}, that of a version a command touches or writes.
     *
     * @throws org.itilhis.core.access.NotPermittedException if not
     */
    void checkReads(Article article, KnowledgeAudience audience) {
        access.check(actor, audience.viewPermission(), context(), article.number().toString());
    }

    /** The article as the actor may see it, if they see it at all. */
    Optional<ArticleView> view(Article article) {
        Optional<ArticleVersion> published = article.published().filter(this::reads);
        Optional<ArticleVersion> inProgress = article.versionInProgress().filter(this::reads);
        boolean retiredSeen = article.status() == ArticleStatus.RETIRED && editor
                && audiences.contains(article.latest().content().audience());
        if (published.isEmpty() && inProgress.isEmpty() && !retiredSeen) {
            return Optional.empty();
        }
        ArticleView whole = ArticleView.of(article);
        return Optional.of(new ArticleView(whole.id(), whole.number(), whole.status(), published, inProgress,
                whole.linkedCis(), whole.timesUsed(), whole.allowedActions(), whole.createdAt(), whole.updatedAt(),
                whole.version()));
    }

    /**
     * The article as the actor may see it after their own command changed it: as {@link #view}
     * gives it, or without any version if their change took it out of their sight.
     */
    ArticleView viewAfter(Article article) {
        return view(article).orElseGet(() -> {
            ArticleView whole = ArticleView.of(article);
            return new ArticleView(whole.id(), whole.number(), whole.status(), Optional.empty(), Optional.empty(),
                    whole.linkedCis(), whole.timesUsed(), whole.allowedActions(), whole.createdAt(),
                    whole.updatedAt(), whole.version());
        });
    }
}
