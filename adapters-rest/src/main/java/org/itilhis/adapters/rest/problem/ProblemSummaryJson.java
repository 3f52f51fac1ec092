package org.itilhis.adapters.rest.problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.ports.problem.in.ProblemView;

/** A problem in a list (search results, an incident's problems): enough to pick it, not its analysis. */
public record ProblemSummaryJson(UUID id, String number, ProblemStatus status, String summary, String category,
                                 Priority priority, String manager, String group, int incidentCount, int timesUsed,
                                 Instant loggedAt, Instant updatedAt, long version) {

    public static ProblemSummaryJson of(ProblemView v) {
        ProblemSummary s = v.summary();
        return new ProblemSummaryJson(s.id().value(), s.number().toString(), s.status(), s.details().summary(),
                s.details().category().value(), v.priority(), s.manager().value(), s.group().value(),
                s.linkedIncidents().size(), s.timesUsed(), s.loggedAt(), s.updatedAt(), v.version());
    }

    /** A page of problems, by number; {@code next} is the cursor of the following page, absent on the last. */
    public record ProblemPageJson(List<ProblemSummaryJson> items, String next) {
    }

    /** "An incident shows its problem": the problems the reader may see that the incident is linked to. */
    public record IncidentProblemsJson(UUID incident, String number, List<ProblemSummaryJson> problems) {
    }
}
