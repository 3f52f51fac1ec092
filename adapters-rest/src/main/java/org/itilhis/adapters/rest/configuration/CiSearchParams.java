package org.itilhis.adapters.rest.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * The query parameters of the service desk's lookup ({@code GET /cis}) turned into a
 * {@link CiSearch}: every malformed parameter is named at once (400), and a class the
 * catalogue does not know is refused rather than matching nothing. A page is read after the
 * position of its {@link CiCursor}, one item more than asked for to know whether a next page
 * exists; so a lookup pages through every match, however many.
 */
final class CiSearchParams {
    static final int DEFAULT_LIMIT = 50;

    private CiSearchParams() {
    }

    /** The parameters as sent; any may be null. */
    record Query(String hostname, String ipAddress, String campus, String building, String floor, String room,
                 List<String> classes, String department, String status, String text, String limit,
                 String cursor) {
    }

    /** One page of the lookup, by asset tag; {@code next} is absent on the last page. */
    static CiJson.CiPageJson page(CmdbQueries queries, Actor actor, Query query) {
        Fields fields = new Fields();
        int size = limit(query.limit(), fields);
        // One more than the page to know whether another follows; a page of the port's
        // maximum cannot look ahead, so a full one is taken to be followed (perhaps by none).
        int asked = Math.min(size + 1, CiSearch.MAX_LIMIT);
        CiSearch search = CiSearch.all(asked)
                .withHostname(query.hostname())
                .withIpAddress(query.ipAddress())
                .withLocation(location(query, fields))
                .withOwningDepartment(fields.id("department", query.department(), DepartmentId::of))
                .withStatus(CmdbNames.parse(CiStatus.class, "status", query.status(), fields))
                .withText(query.text());
        List<String> classes = query.classes() == null ? List.of()
                : query.classes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        if (!classes.isEmpty()) {
            CiClassCatalogue catalogue = queries.classes(actor);
            List<String> unknown = classes.stream().filter(c -> catalogue.find(c).isEmpty()).toList();
            fields.check(unknown.isEmpty(), "class", "field.unknown-value",
                    catalogue.classes().stream().map(CiClass::code).collect(Collectors.joining(", ")));
            search = search.withClassCodes(classes);
        }
        List<FieldError> errors = new ArrayList<>(fields.errors());
        Optional<CiCursor> after = cursor(query.cursor(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<CiView> found = queries.search(actor, after.map(CiCursor::position).map(search::after).orElse(search));
        List<CiView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() == asked ? CiCursor.after(page.get(page.size() - 1)).token() : null;
        return new CiJson.CiPageJson(page.stream().map(CiJson::of).toList(), next);
    }

    /** Where the previous page ended, if a cursor was sent. */
    private static Optional<CiCursor> cursor(String token, List<FieldError> errors) {
        try {
            return Optional.ofNullable(token).map(CiCursor::parse);
        } catch (ApiException invalid) {
            errors.addAll(invalid.errors());
            return Optional.empty();
        }
    }

    private static CiLocation location(Query query, Fields fields) {
        try {
            return CiLocation.of(query.campus(), query.building(), query.floor(), query.room());
        } catch (IllegalArgumentException tooLong) {
            fields.check(false, "campus", "field.location-too-long");
            return null;
        }
    }

    /** The {@code limit} parameter: 1 to the port's maximum, {@code DEFAULT_LIMIT} when absent. */
    static int limit(String text, Fields fields) {
        return fields.count("limit", text, CiSearch.MAX_LIMIT, DEFAULT_LIMIT);
    }
}
