package org.itilhis.adapters.rest.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.Vote;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.RaiseChange;

/**
 * The bodies of the requests on changes: raising one, and each step that takes more than who
 * and which change, each the {@link ChangeStep} that turns itself into its {@link ChangeCommand}.
 * Instants are ISO-8601 text with an offset, durations ISO-8601 ({@code PT2H}).
 */
public final class ChangeRequestJson {
    private ChangeRequestJson() {
    }

    /**
     * {@code POST /changes}: a request for change, in draft, the caller its requester; {@code
     * template} names a standard change's template.
     */
    public record RaiseChangeJson(ChangeModel model, String template, String summary, String description,
                                  String implementationPlan, String backoutPlan, String testPlan,
                                  List<String> touchedCis, String windowStart, String windowEnd,
                                  ExpectedOutage.Kind outage, String outageDuration, String group, String manager) {
        RaiseChange command(Actor actor, Fields fields) {
            return new RaiseChange(actor, model, template, summary, description, implementationPlan, backoutPlan,
                    testPlan, cis("touchedCis", touchedCis, fields),
                    ChangeTimes.instant("windowStart", windowStart, fields),
                    ChangeTimes.instant("windowEnd", windowEnd, fields), outage,
                    ChangeTimes.duration("outageDuration", outageDuration, fields),
                    fields.id("group", group, GroupId::of), fields.id("manager", manager, StaffId::of));
        }
    }

    /** {@code revise-plans}: the draft's plans, all three (a blank backout or test plan: not written yet). */
    public record RevisePlansJson(String implementationPlan, String backoutPlan, String testPlan)
            implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.RevisePlans(actor, change, expectedVersion, implementationPlan, backoutPlan,
                    testPlan);
        }
    }

    /** {@code assess}: the likelihood the assessor judges, and why; the consequence comes from the CMDB. */
    public record AssessChangeJson(Likelihood likelihood, String reason) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.Assess(actor, change, expectedVersion, likelihood, reason);
        }
    }

    /** {@code request-approval}: the board to put the change before; none for the one the policy names. */
    public record RequestApprovalJson(String board) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.RequestApproval(actor, change, expectedVersion,
                    fields.id("board", board, CabId::of));
        }
    }

    /** {@code vote}: the caller's own vote as a member of the board, with a comment. */
    public record CabVoteJson(Vote.Choice choice, String comment) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.CastVote(actor, change, expectedVersion, choice, comment);
        }
    }

    /**
     * {@code schedule}: the window in the forward schedule; {@code conflictOverride} is an
     * emergency change's reason to go ahead despite the conflicts.
     */
    public record ScheduleChangeJson(String windowStart, String windowEnd, String conflictOverride)
            implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.Schedule(actor, change, expectedVersion,
                    ChangeTimes.instant("windowStart", windowStart, fields),
                    ChangeTimes.instant("windowEnd", windowEnd, fields), conflictOverride);
        }
    }

    /** {@code fail}: why the work failed, and whether the backout plan ran (false unless given). */
    public record FailChangeJson(String reason, Boolean backoutRan) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            return new ChangeCommand.Fail(actor, change, expectedVersion, reason, Boolean.TRUE.equals(backoutRan));
        }
    }

    /** {@code review}: the post-implementation review; an emergency change's needs its retrospective. */
    public record ReviewChangeJson(Boolean successful, List<String> incidentsCaused, String lessons,
                                   String retrospective) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            Set<TicketId> caused = new LinkedHashSet<>();
            List<String> given = incidentsCaused == null ? List.of() : incidentsCaused;
            for (int i = 0; i < given.size(); i++) {
                UUID value = fields.uuid("incidentsCaused[" + i + "]", given.get(i));
                if (value != null) {
                    caused.add(new TicketId(value));
                }
            }
            fields.check(successful != null, "successful", "field.required");
            return new ChangeCommand.Review(actor, change, expectedVersion, Boolean.TRUE.equals(successful), caused,
                    lessons, retrospective);
        }
    }

    /** {@code link-problem}: a problem (by id) the change is the permanent fix of. */
    public record LinkProblemJson(String problem) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            UUID value = fields.uuid("problem", problem);
            return new ChangeCommand.LinkProblem(actor, change, expectedVersion,
                    value == null ? null : new ProblemId(value));
        }
    }

    /** {@code link-incident}: an incident (by id) the change caused or resolves. */
    public record ChangeIncidentLinkJson(String incident, IncidentRelation relation) implements ChangeStep {
        @Override
        public ChangeCommand command(Actor actor, ChangeId change, Long expectedVersion, Fields fields) {
            UUID value = fields.uuid("incident", incident);
            return new ChangeCommand.LinkIncident(actor, change, expectedVersion,
                    value == null ? null : new TicketId(value), relation);
        }
    }

    /** Item ids as sent, each malformed one named by its index. */
    static Set<CiId> cis(String field, List<String> ids, Fields fields) {
        if (ids == null) {
            return null;
        }
        List<CiId> parsed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID value = fields.uuid(field + "[" + i + "]", ids.get(i));
            if (value != null) {
                parsed.add(new CiId(value));
            }
        }
        return new LinkedHashSet<>(parsed);
    }
}
