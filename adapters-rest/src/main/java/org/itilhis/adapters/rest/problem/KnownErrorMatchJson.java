package org.itilhis.adapters.rest.problem;

import java.util.List;
import java.util.UUID;
import org.itilhis.core.problem.MatchKind;
import org.itilhis.core.problem.MatchReason;
import org.itilhis.ports.problem.in.KnownErrorMatch;

/**
 * A known error that matches a contact or an incident, best first in its list: the workaround
 * to read to the caller, how often the desk used it, the score and the reasons it matched
 * (same CI, same class of item, same or related category, similar description), each with
 * the points it gave, and the explanation in one line per reason.
 */
public record KnownErrorMatchJson(UUID id, String number, String title, String workaround, int timesUsed,
                                  double score, List<KnownErrorMatchReasonJson> reasons, List<String> explanation) {

    static KnownErrorMatchJson of(KnownErrorMatch match) {
        return new KnownErrorMatchJson(match.problem().value(), match.number().toString(), match.title(),
                match.workaround(), match.timesUsed(), match.score(),
                match.reasons().stream().map(KnownErrorMatchReasonJson::of).toList(), match.explanation());
    }

    /** One reason: what matched ({@code SAME_CI}, ...), on what, and its points. */
    public record KnownErrorMatchReasonJson(MatchKind kind, String subject, double points) {
        static KnownErrorMatchReasonJson of(MatchReason reason) {
            return new KnownErrorMatchReasonJson(reason.kind(), reason.subject(), reason.points());
        }
    }

    /** The known errors matching one record: {@code record} is the contact's or incident's id. */
    public record KnownErrorMatchesJson(UUID record, List<KnownErrorMatchJson> knownErrors) {
    }
}
