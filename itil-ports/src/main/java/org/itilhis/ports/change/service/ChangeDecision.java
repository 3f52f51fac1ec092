package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.ApprovalPolicy;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeImpact;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.IncidentLink;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.PostImplementationReview;
import org.itilhis.core.change.RiskAssessment;
import org.itilhis.core.change.Vote;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.change.in.ChangeAdvisoryBoardNotFoundException;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ScheduleConflictsException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;

/**
 * What each change command does to one loaded change, after the service checked the actor sees
 * it, holds the command's permission and saw its version: gathers what the step needs (the
 * CMDB's impact of the touched items, the board the approval needs, the schedule's conflicts,
 * the linked problem or incident) and lets the change decide.
 */
final class ChangeDecision implements ChangeCommand.Visitor<Void> {
    private final ChangePorts ports;
    private final ChangeSettings settings;
    private final AccessPolicy access;
    private final Supplier<CiGraph> graph;
    private final Change change;
    private final Actor actor;
    private final StaffId by;
    private final ImmutableSet<GroupId> groups;
    private final Instant now;

    ChangeDecision(ChangePorts ports, ChangeSettings settings, AccessPolicy access, Supplier<CiGraph> graph,
                   Change change, Actor actor, ImmutableSet<GroupId> groups, Instant now) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.graph = checkNotNull(graph, "graph");
        this.change = checkNotNull(change, "change");
        this.actor = checkNotNull(actor, "actor");
        this.by = actor.staffId();
        this.groups = checkNotNull(groups, "groups");
        this.now = checkNotNull(now, "now");
    }

    @Override
    public Void revisePlans(ChangeCommand.RevisePlans command) {
        change.revisePlans(ChangePlans.of(command.implementationPlan(), command.backoutPlan(), command.testPlan()), by,
                now);
        return null;
    }

    @Override
    public Void submit(ChangeCommand.Submit command) {
        if (change.model() == ChangeModel.STANDARD) {
            change.submitStandard(by, now);
        } else {
            change.submit(by, now);
        }
        return null;
    }

    @Override
    public Void assess(ChangeCommand.Assess command) {
        ChangeImpact impact = ChangeImpact.of(ImpactAnalysis.of(graph.get()).impactOf(change.touchedCis()),
                change.request().outage());
        RiskAssessment risk = settings.risk().assess(command.likelihood(), command.reason(), impact);
        change.assess(risk, by, now);
        return null;
    }

    @Override
    public Void requestApproval(ChangeCommand.RequestApproval command) {
        ChangeAdvisoryBoard board = boardFor(change.requiredApproval(settings.approval()), command.board());
        change.requestApproval(settings.approval(), board, by, now);
        return null;
    }

    /** The board {@code requirement} asks for: the change manager alone, or the named (or the settings') board. */
    private ChangeAdvisoryBoard boardFor(ApprovalPolicy.Requirement requirement, CabId named) {
        if (requirement.authority() == ApprovalPolicy.Authority.CHANGE_MANAGER) {
            return ChangeAdvisoryBoard.changeManagerAlone(change.request().manager());
        }
        CabId id = named != null ? named : requirement.authority() == ApprovalPolicy.Authority.EMERGENCY_CAB
                ? settings.emergencyBoard() : settings.board();
        ChangeAdvisoryBoard board = ports.boards().find(id)
                .orElseThrow(() -> new ChangeAdvisoryBoardNotFoundException(id));
        if (!requirement.isMetByKindOf(board)) {
            throw InvalidCommandException.of("board", "board " + id + " is not the "
                    + requirement.authority().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " that " + change.number()
                    + " needs");
        }
        return board;
    }

    @Override
    public Void vote(ChangeCommand.CastVote command) {
        change.vote(new Vote(by, command.choice(), command.comment() == null ? "" : command.comment(), now), by, now);
        return null;
    }

    @Override
    public Void schedule(ChangeCommand.Schedule command) {
        PlannedWindow window = PlannedWindow.of(command.windowStart(), command.windowEnd());
        Optional<String> override = Optional.ofNullable(command.conflictOverride()).map(String::strip)
                .filter(reason -> !reason.isEmpty());
        List<ScheduleConflict> conflicts = conflictsIn(window);
        if (!conflicts.isEmpty() && (change.model() != ChangeModel.EMERGENCY || override.isEmpty())) {
            throw new ScheduleConflictsException(change.id(), change.number(), conflicts, settings.zone());
        }
        change.schedule(window, override, by, now);
        return null;
    }

    @Override
    public Void start(ChangeCommand.Start command) {
        List<ScheduleConflict> conflicts = conflictsIn(change.window());
        boolean overridden = change.model() == ChangeModel.EMERGENCY && change.conflictOverride().isPresent();
        if (!conflicts.isEmpty() && !overridden) {
            throw new ScheduleConflictsException(change.id(), change.number(), conflicts, settings.zone());
        }
        change.start(by, now);
        return null;
    }

    /** The conflicts the change would be part of in {@code window}, as the schedule stands now. */
    private List<ScheduleConflict> conflictsIn(PlannedWindow window) {
        ScheduledChange candidate = ChangeScheduling.scheduled(change, window);
        return new ChangeScheduling(ports, settings, graph).around(window.start(), window.end(), change.id())
                .check(candidate);
    }

    @Override
    public Void complete(ChangeCommand.Complete command) {
        change.complete(by, now);
        return null;
    }

    @Override
    public Void fail(ChangeCommand.Fail command) {
        change.fail(command.reason(), command.backoutRan(), by, now);
        return null;
    }

    @Override
    public Void backOut(ChangeCommand.BackOut command) {
        change.backOut(command.reason(), by, now);
        return null;
    }

    @Override
    public Void review(ChangeCommand.Review command) {
        command.incidentsCaused().forEach(this::incident);
        PostImplementationReview review = new PostImplementationReview(command.successful(),
                ImmutableSet.copyOf(command.incidentsCaused()), command.lessons(),
                Optional.ofNullable(command.retrospective()));
        change.review(review, by, now);
        return null;
    }

    @Override
    public Void close(ChangeCommand.Close command) {
        change.close(by, now);
        return null;
    }

    @Override
    public Void cancel(ChangeCommand.Cancel command) {
        change.cancel(command.reason(), by, now);
        return null;
    }

    @Override
    public Void linkProblem(ChangeCommand.LinkProblem command) {
        Problem problem = ports.problems().find(command.linkedProblem())
                .filter(found -> access.permits(actor, Permission.VIEW_PROBLEM, new AccessContext(Optional.empty(),
                        Optional.of(found.group()), Optional.of(found.manager()), groups)))
                .orElseThrow(() -> new ProblemNotFoundException(command.linkedProblem()));
        change.linkProblem(problem.id(), by, now);
        return null;
    }

    @Override
    public Void linkIncident(ChangeCommand.LinkIncident command) {
        Ticket incident = incident(command.incident());
        change.linkIncident(new IncidentLink(incident.id(), command.relation()), by, now);
        return null;
    }

    /**
     * The incident, seen by the actor.
     *
     * @throws TicketNotFoundException if absent or not visible to the actor
     * @throws InvalidCommandException if it is a service request
     */
    private Ticket incident(TicketId id) {
        Ticket ticket = ports.desk().tickets().find(id)
                .filter(found -> access.permits(actor, Permission.VIEW_TICKET, AccessContext.of(
                        found.details().caller(), found.group(), found.engineer(), groups)))
                .orElseThrow(() -> new TicketNotFoundException(id));
        if (ticket.type() != TicketType.INCIDENT) {
            throw InvalidCommandException.of("incident", ticket.number() + " is a service request, not an incident");
        }
        return ticket;
    }
}
