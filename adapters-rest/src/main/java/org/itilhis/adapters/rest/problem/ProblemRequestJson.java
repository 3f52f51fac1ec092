package org.itilhis.adapters.rest.problem;

import java.util.UUID;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.AnalysisStep;
import org.itilhis.core.problem.CauseCategory;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.RootCause;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.ProblemCommand;

/**
 * The bodies of the steps on a problem, each the {@link ProblemStep} that turns itself into its
 * {@link ProblemCommand}. Steps without a body (investigate, publish-known-error, close) need
 * no record ({@link ProblemStep.Bodiless}); reopen and cancel take the desk's reason, and
 * reprioritise the desk's factors. An analysis step and a root cause are read back in the same
 * form in a problem's {@code analysis}.
 */
public final class ProblemRequestJson {
    private ProblemRequestJson() {
    }

    /** {@code add-analysis-step}: one question of the analysis and the answer found ("five whys"). */
    public record AnalysisStepJson(String question, String answer) implements ProblemStep {
        static AnalysisStepJson of(AnalysisStep step) {
            return new AnalysisStepJson(step.question(), step.answer());
        }

        @Override
        public ProblemCommand.AddAnalysisStep command(Actor actor, ProblemId problem, Long expectedVersion,
                                                      Fields fields) {
            return new ProblemCommand.AddAnalysisStep(actor, problem, expectedVersion, question, answer);
        }
    }

    /** {@code identify-root-cause}: the category of the cause and its statement (again, to revise it). */
    public record RootCauseJson(CauseCategory category, String statement) implements ProblemStep {
        static RootCauseJson of(RootCause cause) {
            return new RootCauseJson(cause.category(), cause.statement());
        }

        @Override
        public ProblemCommand.IdentifyRootCause command(Actor actor, ProblemId problem, Long expectedVersion,
                                                        Fields fields) {
            return new ProblemCommand.IdentifyRootCause(actor, problem, expectedVersion, category, statement);
        }
    }

    /** {@code record-workaround}: how the desk gets a caller working meanwhile. */
    public record WorkaroundJson(String workaround) implements ProblemStep {
        @Override
        public ProblemCommand.RecordWorkaround command(Actor actor, ProblemId problem, Long expectedVersion,
                                                       Fields fields) {
            return new ProblemCommand.RecordWorkaround(actor, problem, expectedVersion, workaround);
        }
    }

    /** {@code record-permanent-fix}: what removes the cause. */
    public record PermanentFixJson(String permanentFix) implements ProblemStep {
        @Override
        public ProblemCommand.RecordPermanentFix command(Actor actor, ProblemId problem, Long expectedVersion,
                                                         Fields fields) {
            return new ProblemCommand.RecordPermanentFix(actor, problem, expectedVersion, permanentFix);
        }
    }

    /**
     * {@code resolve}: what was done; with {@code resolveLinkedIncidents} (false unless given),
     * also each linked incident in progress that the actor may resolve, each by its own step.
     */
    public record ResolveProblemJson(String note, Boolean resolveLinkedIncidents) implements ProblemStep {
        @Override
        public ProblemCommand.Resolve command(Actor actor, ProblemId problem, Long expectedVersion, Fields fields) {
            return new ProblemCommand.Resolve(actor, problem, expectedVersion, note,
                    Boolean.TRUE.equals(resolveLinkedIncidents));
        }
    }

    /**
     * {@code apply-workaround}: the desk applied the known error's workaround to a contact or to
     * a ticket (by id; exactly one of the two), counted as one use.
     */
    public record ApplyWorkaroundJson(String contact, String ticket) implements ProblemStep {
        /**
         * The field a client sent for a property of the command: the desk case is named by
         * {@code contact} or {@code ticket}; a missing one is reported against {@code contact}.
         */
        static String fieldName(String propertyPath) {
            return propertyPath.equals("appliedTo") ? "contact" : propertyPath;
        }

        @Override
        public ProblemCommand.ApplyWorkaround command(Actor actor, ProblemId problem, Long expectedVersion,
                                                      Fields fields) {
            UUID onContact = fields.uuid("contact", contact);
            UUID onTicket = fields.uuid("ticket", ticket);
            DeskCase appliedTo = onContact != null && ticket == null ? DeskCase.contact(new ContactId(onContact))
                    : onTicket != null && contact == null ? DeskCase.ticket(new TicketId(onTicket)) : null;
            boolean contactNamed = fields.errors().stream().anyMatch(error -> error.field().equals("contact"));
            fields.check(appliedTo != null || contactNamed, "contact", "field.contact-or-ticket");
            return new ProblemCommand.ApplyWorkaround(actor, problem, expectedVersion, appliedTo);
        }
    }

    /** {@code reassign}: another problem manager or owning group (both named, either may stay). */
    public record ReassignProblemJson(String manager, String group) implements ProblemStep {
        @Override
        public ProblemCommand.Reassign command(Actor actor, ProblemId problem, Long expectedVersion, Fields fields) {
            return new ProblemCommand.Reassign(actor, problem, expectedVersion,
                    fields.id("manager", manager, StaffId::of), fields.id("group", group, GroupId::of));
        }
    }

    /** {@code POST incidents}: links an incident (by id) that the problem explains. */
    public record LinkIncidentJson(String incident) implements ProblemStep {
        @Override
        public ProblemCommand.LinkIncident command(Actor actor, ProblemId problem, Long expectedVersion,
                                                   Fields fields) {
            UUID value = fields.uuid("incident", incident);
            return new ProblemCommand.LinkIncident(actor, problem, expectedVersion,
                    value == null ? null : new TicketId(value));
        }
    }

    /** {@code POST affected-cis}: adds a configuration item (by id) that the problem affects. */
    public record AddAffectedCiJson(String ci) implements ProblemStep {
        @Override
        public ProblemCommand.AddAffectedCi command(Actor actor, ProblemId problem, Long expectedVersion,
                                                    Fields fields) {
            UUID value = fields.uuid("ci", ci);
            return new ProblemCommand.AddAffectedCi(actor, problem, expectedVersion,
                    value == null ? null : new CiId(value));
        }
    }
}
