package org.itilhis.adapters.rest.release;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.adapters.rest.release.ReleaseSummaryJson.ReleasePageJson;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.in.ReleaseView;

/**
 * The query parameters of {@code GET /api/v1/releases}: {@code status} (repeatable), {@code
 * change} (the releases bundling it), {@code q} (in the summary or the release's version),
 * {@code limit} (1 to 100, 20 by default) and {@code cursor} (the {@code next} of the page
 * before), as one page of releases by number.
 */
final class ReleaseSearchParams {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final String STATUSES = Arrays.stream(ReleaseStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private ReleaseSearchParams() {
    }

    /** The raw parameters, as sent. */
    record Query(List<String> statuses, String change, String text, String limit, String cursor) {
    }

    /** @throws ApiException (400) naming every malformed parameter */
    static ReleasePageJson page(ReleaseQueries queries, Actor actor, Query query) {
        Fields fields = new Fields();
        ImmutableSet.Builder<ReleaseStatus> statuses = ImmutableSet.builder();
        for (String status : query.statuses() == null ? List.<String>of() : query.statuses()) {
            try {
                statuses.add(ReleaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                fields.check(false, "status", "field.unknown-value", STATUSES);
            }
        }
        UUID change = fields.uuid("change", query.change());
        int size = fields.count("limit", query.limit(), MAX_PAGE, DEFAULT_PAGE);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Optional<ReleaseCursor> after = Optional.empty();
        try {
            after = Optional.ofNullable(query.cursor()).map(ReleaseCursor::parse);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ReleaseSearch search = ReleaseSearch.all(size + 1).withStatuses(statuses.build()).withText(query.text());
        if (change != null) {
            search = search.bundling(new ChangeId(change));
        }
        if (after.isPresent()) {
            search = search.after(after.get().after());
        }
        List<ReleaseView> found = queries.search(actor, search);
        List<ReleaseView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? new ReleaseCursor(page.get(page.size() - 1).number()).token() : null;
        return new ReleasePageJson(page.stream().map(ReleaseSummaryJson::of).toList(), next);
    }
}
