package org.itilhis.adapters.rest.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.knowledge.ArticleContent;
import org.itilhis.core.knowledge.ArticleEvent;
import org.itilhis.core.shared.DomainEvent;

/**
 * An article's history as {@link EventJson}: the stable type ({@code article.drafted}, {@code
 * article.review-rejected}), who, when, and the facts of the step in {@code data}, with the
 * field names of {@link ArticleJson} and the steps' bodies.
 */
final class ArticleEvents {
    private ArticleEvents() {
    }

    static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof ArticleEvent articleEvent) {
            articleEvent.accept(new Data(data));
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    /** The facts of each article event that its entry shows. */
    private record Data(Map<String, Object> data) implements ArticleEvent.Visitor<Void> {
        @Override
        public Void drafted(ArticleEvent.Drafted e) {
            data.put("number", e.number().toString());
            content(e.content());
            return null;
        }

        @Override
        public Void draftEdited(ArticleEvent.DraftEdited e) {
            data.put("versionNumber", e.versionNumber());
            content(e.content());
            return null;
        }

        @Override
        public Void submittedForReview(ArticleEvent.SubmittedForReview e) {
            data.put("versionNumber", e.versionNumber());
            return null;
        }

        @Override
        public Void reviewApproved(ArticleEvent.ReviewApproved e) {
            data.put("versionNumber", e.versionNumber());
            return null;
        }

        @Override
        public Void reviewRejected(ArticleEvent.ReviewRejected e) {
            data.put("versionNumber", e.versionNumber());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void published(ArticleEvent.Published e) {
            data.put("versionNumber", e.versionNumber());
            data.put("superseded", e.superseded().orElse(null));
            return null;
        }

        @Override
        public Void newVersionDrafted(ArticleEvent.NewVersionDrafted e) {
            data.put("versionNumber", e.versionNumber());
            content(e.content());
            return null;
        }

        @Override
        public Void used(ArticleEvent.Used e) {
            data.put("versionNumber", e.versionNumber());
            data.put("contact", e.usedOn().contact().map(Object::toString).orElse(null));
            data.put("ticket", e.usedOn().ticket().map(Object::toString).orElse(null));
            return null;
        }

        @Override
        public Void retired(ArticleEvent.Retired e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void ciLinked(ArticleEvent.CiLinked e) {
            data.put("ci", e.ciId().toString());
            return null;
        }

        @Override
        public Void ciUnlinked(ArticleEvent.CiUnlinked e) {
            data.put("ci", e.ciId().toString());
            return null;
        }

        private void content(ArticleContent content) {
            data.put("title", content.headline().title());
            data.put("audience", content.audience());
            data.put("category", content.category().value());
        }
    }
}
