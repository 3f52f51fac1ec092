package org.itilhis.adapters.rest.change;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeView;

/**
 * The query parameters of a change search turned into a {@link ChangeSearch}: statuses, models
 * and groups (each may be repeated), the item touched (by id), text in the summary or
 * description; one page of the changes the actor may see by number, after a cursor: the number
 * of the last change of the page before, as an opaque URL-safe token of a versioned text ({@code
 * 1|CHG-2026-000042}), read one more than asked for to know whether a next page exists. Every
 * malformed parameter is named at once (400).
 */
final class ChangeSearchParams {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();
    private static final String STATUSES = Arrays.stream(ChangeStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String MODELS = Arrays.stream(ChangeModel.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private ChangeSearchParams() {
    }

    /** The raw parameters, as sent. */
    record Query(List<String> statuses, List<String> models, List<String> groups, String ci, String text,
                 String limit, String cursor) {
    }

    static ChangeJson.ChangePageJson page(ChangeQueries queries, Actor actor, Query query) {
        Fields fields = new Fields();
        ChangeSearch search = ChangeSearch.all(MAX_PAGE + 1)
                .withStatuses(all("status", query.statuses(),
                        s -> ChangeStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)), fields, "field.unknown-value",
                        STATUSES))
                .withModels(all("model", query.models(),
                        s -> ChangeModel.valueOf(s.strip().toUpperCase(Locale.ROOT)), fields, "field.unknown-value",
                        MODELS))
                .withGroups(all("group", query.groups(), GroupId::of, fields, "field.invalid-identifier"))
                .withText(query.text());
        UUID ci = fields.uuid("ci", query.ci());
        if (ci != null) {
            search = search.touching(new CiId(ci));
        }
        int size = fields.count("limit", query.limit(), MAX_PAGE, DEFAULT_PAGE);
        List<FieldError> errors = new ArrayList<>(fields.errors());
        ChangeNumber after = null;
        if (query.cursor() != null) {
            try {
                after = parse(query.cursor());
            } catch (IllegalArgumentException invalid) {
                errors.add(FieldError.keyed("cursor", "field.invalid-cursor"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ChangeSearch onePageAndOne = new ChangeSearch(search.statuses(), search.models(), search.groups(),
                search.ci(), search.board(), search.text(), search.after(), search.reach(), size + 1);
        List<ChangeView> found = queries.search(actor, after == null ? onePageAndOne : onePageAndOne.after(after));
        List<ChangeView> page = found.subList(0, Math.min(size, found.size()));
        String next = found.size() > size ? token(page.get(page.size() - 1).number()) : null;
        return new ChangeJson.ChangePageJson(page.stream().map(ChangeJson::of).toList(), next);
    }

    private static String token(ChangeNumber after) {
        return TOKEN.encode(("1|" + after).getBytes(StandardCharsets.UTF_8));
    }

    private static ChangeNumber parse(String token) {
        String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 2 || !parts[0].equals("1")) {
            throw new IllegalArgumentException("not a cursor: " + token);
        }
        return ChangeNumber.parse(parts[1]);
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
