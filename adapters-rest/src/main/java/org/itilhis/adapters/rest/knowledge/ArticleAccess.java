package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;
import java.util.function.BiFunction;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleCommand;
import org.itilhis.ports.knowledge.in.ArticleNotFoundException;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.ArticleView;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;

/**
 * How the resources reach an article: by its id or its number ({@code KB-2026-000001}), only as
 * the actor may read it (an article outside their audiences is 404, as one that does not
 * exist); a step runs in the problems' order: 400 (id) - 428/400 ({@code If-Match}) - 404 - 412
 * - 400 (no body) - the core's own answer.
 */
final class ArticleAccess {
    private final KnowledgeUseCase articles;
    private final ArticleQueries queries;

    ArticleAccess(KnowledgeUseCase articles, ArticleQueries queries) {
        this.articles = checkNotNull(articles, "articles");
        this.queries = checkNotNull(queries, "queries");
    }

    /**
     * An article by its id or number, sent as {@code field}, which a 400 names.
     *
     * @throws ApiException (400) if the reference is neither
     * @throws ArticleNotFoundException if there is no such article or the actor may not read it
     */
    ArticleView find(Actor actor, String field, String reference) {
        return isNumber(reference)
                ? queries.byNumber(actor, number(field, reference))
                        .orElseThrow(() -> new ArticleNotFoundException(reference))
                : queries.article(actor, id(field, reference));
    }

    /**
     * Runs one step; {@code step} is {@code null} when the request lacked its body (400, after
     * the other checks); {@code validate} checks the command and the conversion in the reader's
     * language.
     */
    ArticleView step(Actor actor, String reference, String ifMatch, ArticleStep step,
                     BiFunction<ArticleCommand, Fields, ArticleCommand> validate) {
        ArticleId id = id("id", reference);
        IfMatch condition = IfMatch.parse(ifMatch);
        queries.article(actor, id);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        if (step == null) {
            throw ApiException.bodyRequired();
        }
        Fields fields = new Fields();
        return articles.handle(validate.apply(step.command(actor, id, condition.version(), fields), fields));
    }

    /** The article a resolution names by id or number as {@code article}; null (and recorded) when not named. */
    ArticleId article(Actor actor, String reference, Fields fields) {
        fields.check(reference != null, "article", "field.required");
        return reference == null ? null : find(actor, "article", reference).id();
    }

    ArticleQueries queries() {
        return queries;
    }

    static ArticleId id(String field, String reference) {
        Fields fields = new Fields();
        UUID value = fields.uuid(field, reference);
        if (value == null) {
            fields.check(reference != null, field, "field.required");
            throw ApiException.invalid(fields.errors());
        }
        return new ArticleId(value);
    }

    private static boolean isNumber(String reference) {
        return reference != null && reference.regionMatches(true, 0, ArticleNumber.PREFIX + "-", 0,
                ArticleNumber.PREFIX.length() + 1);
    }

    private static ArticleNumber number(String field, String reference) {
        try {
            return ArticleNumber.parse(reference.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(FieldError.keyed(field, "field.invalid-article-number"));
        }
    }
}
