package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.rest.configuration.CmdbLinksJson.CandidateCauseJson;
import org.itilhis.adapters.rest.configuration.CmdbLinksJson.CandidateCausesJson;
import org.itilhis.adapters.rest.configuration.ImpactJson.CiPathJson;
import org.itilhis.adapters.rest.configuration.ImpactJson.CiRefJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbQueries;

/**
 * Names items by asset tag and name for one request, reading each item once: the entries of
 * a ticket's affected items and of candidate causes, and the steps of their paths.
 */
final class CiReferences {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final CmdbQueries queries;
    private final Actor actor;
    private final Map<CiId, CiView> read = new HashMap<>();

    CiReferences(CmdbQueries queries, Actor actor) {
        this.queries = checkNotNull(queries, "queries");
        this.actor = checkNotNull(actor, "actor");
    }

    CiRefJson of(CiId id) {
        CiView item = read.computeIfAbsent(id, found -> queries.find(actor, found));
        return CiRefJson.of(id, item.item().classCode(), item.item().details());
    }

    CandidateCausesJson candidateCauses(List<CiPath> paths, int limit) {
        return new CandidateCausesJson(paths.stream().limit(limit)
                .map(path -> new CandidateCauseJson(of(path.end()), CiPathJson.of(path, id -> of(id).assetTag())))
                .toList());
    }

    /** {@code limit} as sent, {@value #DEFAULT_LIMIT} when absent; 400 unless 1 to {@value #MAX_LIMIT}. */
    static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiException.invalid(FieldError.keyed("limit", "field.invalid-limit", MAX_LIMIT));
    }
}
