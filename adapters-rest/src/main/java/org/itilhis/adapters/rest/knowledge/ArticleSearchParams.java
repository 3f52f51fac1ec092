package org.itilhis.adapters.rest.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import com.google.common.collect.ImmutableSet;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.knowledge.ArticleJson.ArticlePageJson;
import org.itilhis.adapters.rest.knowledge.ArticleJson.ArticleSummaryJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.knowledge.ArticleStatus;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.ArticleSearch;
import org.itilhis.ports.knowledge.in.ArticleView;

/**
 * The query parameters of the article searches: by their records ({@code status}, which may be
 * repeated, {@code category} with those within it, the linked {@code ci}), one page by number
 * after an {@link ArticleCursor}, reading one article more than asked for to know whether a next
 * page exists; and by words ({@code q}), best first through the knowledge index. Every malformed
 * parameter is named at once (400).
 */
final class ArticleSearchParams {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    static final int MAX_TEXT = 200;
    private static final String STATUSES = Arrays.stream(ArticleStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private ArticleSearchParams() {
    }

    /** The raw parameters of a search by records, as sent. */
    record Query(List<String> statuses, String category, String ci, String limit, String cursor) {
    }

    static ArticlePageJson page(ArticleQueries queries, Actor actor, Query query) {
        Fields fields = new Fields();
        ImmutableSet.Builder<ArticleStatus> statuses = ImmutableSet.builder();
        for (String status : query.statuses() == null ? List.<String>of() : query.statuses()) {
            try {
                statuses.add(ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                fields.check(false, "status", "field.unknown-value", STATUSES);
            }
        }
        Optional<CategoryCode> category = Optional.empty();
        if (query.category() != null) {
            try {
                category = Optional.of(CategoryCode.of(query.category().strip()));
            } catch (IllegalArgumentException malformed) {
                fields.check(false, "category", "field.invalid-category");
            }
        }
        UUID ci = fields.uuid("ci", query.ci());
        int size = fields.count("limit", query.limit(), MAX_PAGE, DEFAULT_PAGE);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Optional<ArticleCursor> after = Optional.empty();
        try {
            after = Optional.ofNullable(query.cursor()).map(ArticleCursor::parse);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ArticleSearch search = ArticleSearch.all(size + 1).withStatuses(statuses.build());
        search = category.map(search::within).orElse(search);
        search = ci == null ? search : search.linkedTo(new CiId(ci));
        search = after.isEmpty() ? search : search.after(after.get().after());
        List<ArticleView> found = queries.search(actor, search);
        List<ArticleView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? new ArticleCursor(page.get(page.size() - 1).number()).token() : null;
        return new ArticlePageJson(page.stream().map(ArticleSummaryJson::of).toList(), next);
    }

    /** The published articles the actor may read that match {@code text}, best first. */
    static ArticlePageJson found(ArticleQueries queries, Actor actor, String text, String limit) {
        Fields fields = new Fields();
        fields.check(text != null && !text.isBlank() && text.length() <= MAX_TEXT, "q", "field.invalid-search-text",
                MAX_TEXT);
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new ArticlePageJson(queries.find(actor, text, size).stream().map(ArticleSummaryJson::of).toList(),
                null);
    }
}
