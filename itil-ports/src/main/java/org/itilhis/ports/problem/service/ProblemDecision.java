package org.itilhis.ports.problem.service;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemCommand.AddAffectedCi;
import org.itilhis.ports.problem.in.ProblemCommand.AddAnalysisStep;
import org.itilhis.ports.problem.in.ProblemCommand.ApplyWorkaround;
import org.itilhis.ports.problem.in.ProblemCommand.Cancel;
import org.itilhis.ports.problem.in.ProblemCommand.IdentifyRootCause;
import org.itilhis.ports.problem.in.ProblemCommand.LinkIncident;
import org.itilhis.ports.problem.in.ProblemCommand.Reassign;
import org.itilhis.ports.problem.in.ProblemCommand.RecordPermanentFix;
import org.itilhis.ports.problem.in.ProblemCommand.RecordWorkaround;
import org.itilhis.ports.problem.in.ProblemCommand.RemoveAffectedCi;
import org.itilhis.ports.problem.in.ProblemCommand.Reopen;
import org.itilhis.ports.problem.in.ProblemCommand.Reprioritise;
import org.itilhis.ports.problem.in.ProblemCommand.Resolve;
import org.itilhis.ports.problem.in.ProblemCommand.UnlinkIncident;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.service.Priorities;

/**
 * What the problem decides for each command, at {@code at}, for {@code actor}: one method per
 * command ({@link ProblemCommand.Visitor}), so a new command does not compile until it is
 * handled here. Answers the linked incidents to resolve after the problem (only for {@link
 * Resolve} with its incidents), each through the desk's own ticket command.
 */
final class ProblemDecision implements ProblemCommand.Visitor<List<TicketId>> {
    private final ProblemPorts ports;
    private final PriorityPolicy priority;
    private final DeskCases cases;
    private final Problem problem;
    private final Actor actor;
    private final StaffId by;
    private final Instant at;

    ProblemDecision(ProblemPorts ports, PriorityPolicy priority, DeskCases cases, Problem problem, Actor actor,
                    Instant at) {
        this.ports = ports;
        this.priority = priority;
        this.cases = cases;
        this.problem = problem;
        this.actor = actor;
        this.by = actor.staffId();
        this.at = at;
    }

    @Override
    public List<TicketId> investigate(ProblemCommand.Investigate command) {
        problem.investigate(by, at);
        return List.of();
    }

    @Override
    public List<TicketId> addAnalysisStep(AddAnalysisStep command) {
        problem.addAnalysisStep(command.question(), command.answer(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> identifyRootCause(IdentifyRootCause command) {
        problem.identifyRootCause(command.category(), command.statement(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> recordWorkaround(RecordWorkaround command) {
        problem.recordWorkaround(command.workaround(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> publishKnownError(ProblemCommand.PublishKnownError command) {
        problem.publishKnownError(by, at);
        return List.of();
    }

    @Override
    public List<TicketId> applyWorkaround(ApplyWorkaround command) {
        cases.check(actor, command.appliedTo());
        problem.applyWorkaround(command.appliedTo(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> recordPermanentFix(RecordPermanentFix command) {
        problem.recordPermanentFix(command.permanentFix(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> resolve(Resolve command) {
        problem.resolve(command.note(), by, at);
        return command.resolveLinkedIncidents() ? cases.resolvable(actor, problem.linkedIncidents()) : List.of();
    }

    @Override
    public List<TicketId> close(ProblemCommand.Close command) {
        problem.close(by, at);
        return List.of();
    }

    @Override
    public List<TicketId> reopen(Reopen command) {
        problem.reopen(command.reason(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> cancel(Cancel command) {
        problem.cancel(command.reason(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> linkIncident(LinkIncident command) {
        cases.linkable(actor, command.incident());
        problem.linkIncident(command.incident(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> unlinkIncident(UnlinkIncident command) {
        problem.unlinkIncident(command.incident(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> addAffectedCi(AddAffectedCi command) {
        ports.cmdb().items().find(command.ci()).orElseThrow(() -> new CiNotFoundException(command.ci()));
        problem.addAffectedCi(command.ci(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> removeAffectedCi(RemoveAffectedCi command) {
        problem.removeAffectedCi(command.ci(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> reassign(Reassign command) {
        ports.desk().directory().group(command.group())
                .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.group()));
        problem.reassign(command.manager(), command.group(), by, at);
        return List.of();
    }

    @Override
    public List<TicketId> reprioritise(Reprioritise command) {
        problem.reprioritise(priority.assess(Priorities.factors(priority, command.impact(), command.urgency(),
                command.criticality(), false)), command.reason(), by, at);
        return List.of();
    }
}
