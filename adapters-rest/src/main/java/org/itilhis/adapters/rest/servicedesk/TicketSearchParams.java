package org.itilhis.adapters.rest.servicedesk;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.SearchCursor;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * The query parameters of a ticket search turned into a {@link TicketSearch}, and one page of
 * its results after a {@link SearchCursor}. The page is read from the query port after the
 * cursor's position, one ticket more than asked for to know whether a next page exists; so a
 * search pages through every match, however many.
 */
final class TicketSearchParams {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private final List<FieldError> errors = new ArrayList<>();

    /** One page of the actor's search; {@code next} is absent on the last page. */
    TicketSummaryJson.PageJson page(TicketQueries queries, Actor actor, TicketType type, Query query) {
        TicketSearch search = search(type, query);
        Fields limit = new Fields();
        int size = limit.count("limit", query.limit(), MAX_PAGE, DEFAULT_PAGE);
        errors.addAll(limit.errors());
        Optional<QueuePosition> after = cursor(query.cursor());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        TicketSearch onePageAndOne = search.withLimit(size + 1);
        List<TicketView> found = queries.search(actor, after.map(onePageAndOne::after).orElse(onePageAndOne));
        List<TicketView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? SearchCursor.after(page.get(page.size() - 1)).token() : null;
        return new TicketSummaryJson.PageJson(page.stream().map(TicketSummaryJson::of).toList(), next);
    }

    /** The raw parameters, as sent. */
    record Query(List<String> statuses, List<String> groups, String engineer, String caller, String priority,
                 String department, String text, String limit, String cursor) {
    }

    private TicketSearch search(TicketType type, Query q) {
        return new TicketSearch(all("status", q.statuses(), s -> TicketStatus.valueOf(s.toUpperCase(Locale.ROOT))),
                Optional.of(type), all("group", q.groups(), GroupId::of), one("engineer", q.engineer(), StaffId::of),
                one("caller", q.caller(), StaffId::of), one("priority", q.priority(), Priority::parse),
                one("department", q.department(), DepartmentId::of), Optional.ofNullable(q.text()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                TicketSearch.MAX_LIMIT);
    }

    /** Where the previous page ended, if a cursor was sent. */
    private Optional<QueuePosition> cursor(String token) {
        try {
            return Optional.ofNullable(token).map(SearchCursor::parse).map(SearchCursor::position);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
            return Optional.empty();
        }
    }

    private <T> ImmutableSet<T> all(String field, List<String> values, Function<String, T> parse) {
        ImmutableSet.Builder<T> parsed = ImmutableSet.builder();
        for (String value : values == null ? List.<String>of() : values) {
            one(field, value, parse).ifPresent(parsed::add);
        }
        return parsed.build();
    }

    private <T> Optional<T> one(String field, String value, Function<String, T> parse) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException invalid) {
            errors.add(FieldError.keyed(field, "field.invalid-value"));
            return Optional.empty();
        }
    }
}
