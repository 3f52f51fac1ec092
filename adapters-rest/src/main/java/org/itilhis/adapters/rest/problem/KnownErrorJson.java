package org.itilhis.adapters.rest.problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * A published known error as the service desk reads it: what it is about, the items it
 * affects, its workaround, and how often the desk applied it ({@code timesUsed}); never the
 * problem's internal analysis. Its id and number are the problem's.
 */
public record KnownErrorJson(UUID id, String number, String summary, String description, String category,
                             Priority priority, String workaround, int timesUsed, List<UUID> affectedCis,
                             int incidentCount, Instant updatedAt, long version) {

    /** The known error of {@code v}, which must be one (its workaround published). */
    public static KnownErrorJson of(ProblemView v) {
        ProblemSummary s = v.summary();
        return new KnownErrorJson(s.id().value(), s.number().toString(), s.details().summary(),
                s.details().description(), s.details().category().value(), v.priority(),
                v.publishedWorkaround().orElseThrow(), s.timesUsed(), s.affectedCis().stream().map(CiId::value).toList(),
                s.linkedIncidents().size(), s.updatedAt(), v.version());
    }

    /** A page of known errors, by number; {@code next} is the cursor of the following page, absent on the last. */
    public record KnownErrorPageJson(List<KnownErrorJson> items, String next) {
    }
}
