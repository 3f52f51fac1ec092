package org.itilhis.adapters.rest.problem;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problem.ProblemSummaryJson.ProblemPageJson;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemSearch;

/**
 * The query parameters of a problem search turned into a {@link ProblemSearch}: statuses and
 * owning groups (each may be repeated), the incident the problems are linked to (by id), text
 * in the summary or description; one page of the problems the actor may see by number
 * ({@link ProblemPages}).
 */
final class ProblemSearchParams {
    private static final String STATUSES = Arrays.stream(ProblemStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private ProblemSearchParams() {
    }

    /** The raw parameters, as sent. */
    record Query(List<String> statuses, List<String> groups, String incident, String text, String limit,
                 String cursor) {
    }

    static ProblemPageJson page(ProblemQueries queries, Actor actor, Query query) {
        Fields fields = new Fields();
        ProblemSearch search = ProblemSearch.all(ProblemPages.MAX_PAGE)
                .withStatuses(all("status", query.statuses(),
                        status -> ProblemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)), fields,
                        "field.unknown-value", STATUSES))
                .withGroups(all("group", query.groups(), GroupId::of, fields, "field.invalid-identifier"))
                .withText(query.text());
        UUID incident = fields.uuid("incident", query.incident());
        if (incident != null) {
            search = search.linkedTo(new TicketId(incident));
        }
        ProblemPages.Page<ProblemSummaryJson> page = ProblemPages.page(queries, actor, search, query.limit(),
                query.cursor(), fields, ProblemSummaryJson::of);
        return new ProblemPageJson(page.items(), page.next());
    }

    private static <T> ImmutableSet<T> all(String field, List<String> values, Function<String, T> parse,
                                           Fields fields, String key, Object... arguments) {
        ImmutableSet.Builder<T> parsed = ImmutableSet.builder();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                parsed.add(parse.apply(value));
            } catch (IllegalArgumentException invalid) {
                fields.check(false, field, key, arguments);
            }
        }
        return parsed.build();
    }
}
