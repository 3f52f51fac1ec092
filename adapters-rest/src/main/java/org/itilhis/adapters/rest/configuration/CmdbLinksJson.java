package org.itilhis.adapters.rest.configuration;

import java.util.List;
import java.util.UUID;

/** What is related to what beyond one item: the items a ticket affects, the candidate causes of a failure. */
public final class CmdbLinksJson {
    private CmdbLinksJson() {
    }

    /** The items recorded as affected by ticket {@code ticket} (its id), by asset tag. */
    public record AffectedCisJson(UUID ticket, String number, List<ImpactJson.CiRefJson> cis) {
    }

    /** What a failing item (a business service) needs, nearest first: each a candidate cause with its path. */
    public record CandidateCausesJson(List<CandidateCauseJson> causes) {
    }

    /** One candidate cause, and the path from the failing item to it. */
    public record CandidateCauseJson(ImpactJson.CiRefJson cause, ImpactJson.CiPathJson path) {
    }
}
