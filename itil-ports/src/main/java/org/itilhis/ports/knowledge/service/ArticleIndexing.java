package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleEvent;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.knowledge.ArticleText;
import org.itilhis.core.knowledge.ArticleVersion;
import org.itilhis.core.knowledge.ContentLanguage;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the knowledge index from the articles' events: after a command commits, an article
 * whose events touched its published version (published, used, retired) has that version indexed
 * with its times used, or is taken out of the index when it has none; drafts and reviews leave
 * the index alone, so readers keep finding the published version while a new one is written. The
 * index is derived data (ADR 0015): a failure to write it is logged and never undoes the command,
 * and {@link #rebuild()} writes it again from the stored articles.
 */
final class ArticleIndexing {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndexing.class);
    private static final int PAGE = ArticleSearch.MAX_LIMIT;

    private final ArticleRepository articles;
    private final KnowledgeIndex index;

    ArticleIndexing(ArticleRepository articles, KnowledgeIndex index) {
        this.articles = checkNotNull(articles, "articles");
        this.index = checkNotNull(index, "index");
    }

    /** What the index holds of {@code article}: its published version, if any, and its times used. */
    static Optional<KnowledgeDocument> document(Article article) {
        return article.published().map(version -> document(article, version));
    }

    /** Follows one committed command: the events it recorded, of {@code article} and perhaps others. */
    void follow(Article article, List<? extends DomainEvent> events) {
        boolean touched = events.stream().anyMatch(event -> event instanceof ArticleEvent articleEvent
                && articleEvent.articleId().equals(article.id()) && articleEvent.accept(TOUCHES_PUBLISHED_VERSION));
        if (!touched) {
            return;
        }
        try {
            document(article).ifPresentOrElse(index::index, () -> index.remove(article.id().toString()));
        } catch (StorageException failed) {
            LOG.warn("the knowledge index missed {} (rebuild it from the stored articles): {}", article.number(),
                    failed.getMessage(), failed);
        }
    }

    /**
     * Replaces the whole index by the published versions of the stored articles, read page by page
     * in number order; answers how many were indexed. For start-up, after a loss or an upgrade.
     *
     * @throws StorageException if the articles cannot be read or the index written
     */
    int rebuild() {
        List<KnowledgeDocument> documents = new ArrayList<>();
        ArticleSearch search = ArticleSearch.all(PAGE).withStatuses(List.of(ArticleStatus.PUBLISHED));
        List<Article> page = articles.search(search);
        while (!page.isEmpty()) {
            page.forEach(article -> document(article).ifPresent(documents::add));
            if (page.size() < PAGE) {
                break;
            }
            page = articles.search(search.after(page.get(page.size() - 1).number()));
        }
        index.rebuild(KnowledgeDocument.Kind.ARTICLE, documents.stream());
        return documents.size();
    }

    private static KnowledgeDocument document(Article article, ArticleVersion version) {
        ArticleContent content = version.content();
        List<String> titles = content.texts().values().stream().map(ArticleText::title).toList();
        List<String> bodies = content.texts().values().stream().map(ArticleText::body).toList();
        return new KnowledgeDocument(article.id().toString(), KnowledgeDocument.Kind.ARTICLE,
                content.languages().stream().map(ContentLanguage::locale).collect(ImmutableSet.toImmutableSet()),
                String.join(" / ", titles), String.join("\n\n", bodies), content.tags(), content.category().value(),
                content.ciClasses(), content.audience(), article.timesUsed());
    }

    /** Whether an event changes what the index holds of its article: its published version or its uses. */
    private static final ArticleEvent.Visitor<Boolean> TOUCHES_PUBLISHED_VERSION = new ArticleEvent.Visitor<>() {
        @Override
        public Boolean drafted(ArticleEvent.Drafted e) {
            return false;
        }

        @Override
        public Boolean draftEdited(ArticleEvent.DraftEdited e) {
            return false;
        }

        @Override
        public Boolean submittedForReview(ArticleEvent.SubmittedForReview e) {
            return false;
        }

        @Override
        public Boolean reviewApproved(ArticleEvent.ReviewApproved e) {
            return false;
        }

        @Override
        public Boolean reviewRejected(ArticleEvent.ReviewRejected e) {
            return false;
        }

        @Override
        public Boolean published(ArticleEvent.Published e) {
            return true;
        }

        @Override
        public Boolean newVersionDrafted(ArticleEvent.NewVersionDrafted e) {
            return false;
        }

        @Override
        public Boolean used(ArticleEvent.Used e) {
            return true;
        }

        @Override
        public Boolean retired(ArticleEvent.Retired e) {
            return true;
        }

        @Override
        public Boolean ciLinked(ArticleEvent.CiLinked e) {
            return false;
        }

        @Override
        public Boolean ciUnlinked(ArticleEvent.CiUnlinked e) {
            return false;
        }
    };
}
