package org.itilhis.adapters.rest.common;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.cmdb.CiId;

/** Configuration item ids as a request sends them: one in a path, or a list in a body. */
public final class CiIds {
    private CiIds() {
    }

    /** @throws ApiException (400) naming {@code field} unless {@code text} is an id */
    public static CiId one(String field, String text) {
        Fields fields = new Fields();
        UUID value = fields.uuid(field, text);
        if (value == null) {
            fields.check(text != null, field, "field.required");
            throw ApiException.invalid(fields.errors());
        }
        return new CiId(value);
    }

    /**
     * The ids of a list field, without repeats.
     *
     * @throws ApiException (400) if the list is missing or empty ({@code field}) or an entry is
     *                      not an id ({@code field[i]})
     */
    public static ImmutableSet<CiId> several(String field, List<String> texts) {
        Fields fields = new Fields();
        fields.check(texts != null && !texts.isEmpty(), field, "field.at-least-one-ci");
        ImmutableSet<CiId> ids = listed(field, texts, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return ids;
    }

    /**
     * The ids of an optional list field, without repeats; an entry that is not an id is
     * recorded in {@code fields} against {@code field[i]}. A missing list has no ids.
     */
    public static ImmutableSet<CiId> listed(String field, List<String> texts, Fields fields) {
        ImmutableSet.Builder<CiId> ids = ImmutableSet.builder();
        if (texts != null) {
            for (int i = 0; i < texts.size(); i++) {
                String entry = field + "[" + i + "]";
                fields.check(texts.get(i) != null, entry, "field.required");
                UUID value = fields.uuid(entry, texts.get(i));
                if (value != null) {
                    ids.add(new CiId(value));
                }
            }
        }
        return ids.build();
    }
}
