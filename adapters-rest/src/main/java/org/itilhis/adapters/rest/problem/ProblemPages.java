package org.itilhis.adapters.rest.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * One page of a problem search after a {@link ProblemCursor}: read from the query port after
 * the cursor's number, one problem more than asked for to know whether a next page exists; so
 * a search pages through every match, however many. Every malformed parameter is named at once
 * (400).
 */
final class ProblemPages {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private ProblemPages() {
    }

    /** A page's items and the cursor of the next, absent on the last. */
    record Page<T>(List<T> items, String next) {
    }

    /**
     * The page of {@code search} (its limit replaced) after {@code cursor}, each problem as {@code json}
     * makes it; {@code fields} holds what the caller could not convert of the other parameters.
     *
     * @throws ApiException (400) naming every malformed parameter
     */
    static <T> Page<T> page(ProblemQueries queries, Actor actor, ProblemSearch search, String limit, String cursor,
                            Fields fields, Function<ProblemView, T> json) {
        int size = fields.count("limit", limit, MAX_PAGE, DEFAULT_PAGE);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Optional<ProblemCursor> after = Optional.empty();
        try {
            after = Optional.ofNullable(cursor).map(ProblemCursor::parse);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ProblemSearch onePageAndOne = new ProblemSearch(search.statuses(), search.groups(), search.incident(),
                search.text(), search.after(), search.reach(), size + 1);
        List<ProblemView> found = queries.search(actor,
                after.map(position -> onePageAndOne.after(position.after())).orElse(onePageAndOne));
        List<ProblemView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? new ProblemCursor(page.get(page.size() - 1).number()).token() : null;
        return new Page<>(page.stream().map(json).toList(), next);
    }
}
