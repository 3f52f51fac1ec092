package org.itilhis.adapters.rest.problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.AnalysisStepJson;
import org.itilhis.adapters.rest.problem.ProblemRequestJson.RootCauseJson;
import org.itilhis.adapters.rest.problemdetails.Actions;
import org.itilhis.adapters.rest.servicedesk.TicketJson.AssessmentJson;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.core.problem.RootCauseAnalysis;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.ProblemView;

/**
 * A problem with everything its reader may see. {@code analysis} is its internal root cause
 * analysis, left out (and {@code analysisWithheld} true) for a reader without the right to
 * read it, such as the service desk; {@code workaround} is the known error's published
 * workaround, which the desk reads, present only while the problem is a known error. {@code
 * allowedActions} are the workflow steps possible now, named as the path segments of their
 * endpoints ({@code identify-root-cause}); whether the reader may take them is decided when
 * they try. {@code version} is also the {@code ETag}.
 */
public record ProblemJson(UUID id, String number, ProblemStatus status, String summary, String description,
                          String category, Priority priority, AssessmentJson assessment, String manager,
                          String group, List<UUID> affectedCis, List<UUID> linkedIncidents, int timesUsed,
                          String workaround, String resolution, Instant resolvedAt, AnalysisJson analysis,
                          boolean analysisWithheld, List<String> allowedActions, Instant loggedAt, Instant updatedAt,
                          long version) {

    public static ProblemJson of(ProblemView v) {
        ProblemSummary s = v.summary();
        return new ProblemJson(s.id().value(), s.number().toString(), s.status(), s.details().summary(),
                s.details().description(), s.details().category().value(), v.priority(),
                AssessmentJson.of(s.assessment()), s.manager().value(), s.group().value(),
                s.affectedCis().stream().map(CiId::value).toList(),
                s.linkedIncidents().stream().map(TicketId::value).toList(), s.timesUsed(),
                v.publishedWorkaround().orElse(null), s.resolution().orElse(null), s.resolvedAt().orElse(null),
                v.analysis().map(AnalysisJson::of).orElse(null), v.analysis().isEmpty(),
                v.allowedActions().stream().map(action -> Actions.pathSegment(action.name())).sorted().toList(),
                s.loggedAt(), s.updatedAt(), v.version());
    }

    /** How the problem was analysed: the steps in their order, the cause once identified, the workaround and the fix. */
    public record AnalysisJson(List<AnalysisStepJson> steps, RootCauseJson rootCause, String workaround,
                               String permanentFix) {
        static AnalysisJson of(RootCauseAnalysis a) {
            return new AnalysisJson(a.steps().stream().map(AnalysisStepJson::of).toList(),
                    a.rootCause().map(RootCauseJson::of).orElse(null), a.workaround().orElse(null),
                    a.permanentFix().orElse(null));
        }
    }
}
