package org.itilhis.ports.knowledge.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.knowledge.Article;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link ArticleQueries}: every article through {@link ArticleVisibility}; a search is
 * narrowed in the store to the audiences the reader reads (and to published articles for a reader
 * who is no editor), so a page is never short because of hidden articles; a search of what people
 * typed asks the knowledge index within those audiences and reads each article found.
 */
final class ArticleQueryService implements ArticleQueries {
    private final KnowledgePorts ports;
    private final ServiceDeskSettings settings;

    ArticleQueryService(KnowledgePorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public ArticleView article(Actor actor, ArticleId id) {
        return seen(actor, ports.articles().find(checkNotNull(id, "id")))
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    @Override
    public Optional<ArticleView> byNumber(Actor actor, ArticleNumber number) {
        return seen(actor, ports.articles().findByNumber(checkNotNull(number, "number")));
    }

    @Override
    public List<ArticleView> search(Actor actor, ArticleSearch search) {
        checkNotNull(search, "search");
        ArticleVisibility visibility = visibility(actor);
        if (visibility.audiences().isEmpty()) {
            return List.of();
        }
        return ports.articles().search(search.within(visibility.reach())).stream()
                .map(visibility::view).flatMap(Optional::stream).toList();
    }

    @Override
    public List<ArticleView> find(Actor actor, String text, int limit) {
        checkNotNull(text, "text");
        ArticleVisibility visibility = visibility(actor);
        if (visibility.audiences().isEmpty()) {
            return List.of();
        }
        List<KnowledgeHit> hits = ports.index().search(new KnowledgeQuery(text, visibility.audiences(), limit));
        return hits.stream().filter(hit -> hit.kind() == KnowledgeDocument.Kind.ARTICLE)
                .map(hit -> ports.articles().find(ArticleId.parse(hit.id())))
                .flatMap(Optional::stream)
                .map(article -> visibility.view(article).filter(view -> view.published().isPresent()))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public List<DomainEvent> history(Actor actor, ArticleId id) {
        ArticleVisibility visibility = visibility(actor);
        Article article = ports.articles().find(checkNotNull(id, "id")).filter(a -> visibility.view(a).isPresent())
                .orElseThrow(() -> new ArticleNotFoundException(id));
        if (!visibility.editor()) {
            throw new NotPermittedException(actor.staffId(), Permission.WRITE_ARTICLE, article.number().toString());
        }
        return ports.desk().events().history(id.toString());
    }

    private Optional<ArticleView> seen(Actor actor, Optional<Article> found) {
        ArticleVisibility visibility = visibility(actor);
        return found.flatMap(visibility::view);
    }

    private ArticleVisibility visibility(Actor actor) {
        return ArticleVisibility.of(settings.access(), checkNotNull(actor, "actor"));
    }
}
