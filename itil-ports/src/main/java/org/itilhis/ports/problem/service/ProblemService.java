package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemDetails;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemCommand;
import org.itilhis.ports.problem.in.ProblemNotFoundException;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.problem.in.ResolveWithKnownError;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;
import org.itilhis.ports.servicedesk.service.Priorities;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Works problems: every {@link ProblemCommand} through the {@link CommandPipeline}: load the
 * problem, check that the actor sees it and holds the command's permission in its scope, check
 * the expected version, let the problem decide, save it; the pipeline appends its events.
 * Resolving with the linked incidents then resolves each through the desk's {@link
 * TicketWorkUseCase}, as its own ticket command with its own event, in the same transaction
 * (ADR 0012's composition, as {@code CmdbService.raiseAgainst}): the problem's events come
 * first in the log, then each incident's; a refusal of any undoes all. Once committed, the
 * known error index follows what the command did ({@link KnownErrorIndexing}).
 */
public final class ProblemService implements ProblemUseCase {
    private final ProblemPorts ports;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final TicketWorkUseCase tickets;
    private final ServiceDeskUseCase contacts;
    private final DeskCases cases;
    private final KnownErrorIndexing indexing;

    ProblemService(ProblemPorts ports, ServiceDeskSettings settings, Validator validator, TicketWorkUseCase tickets,
                   ServiceDeskUseCase contacts, KnownErrorIndexing indexing) {
        this.ports = checkNotNull(ports, "ports");
        this.indexing = checkNotNull(indexing, "indexing");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.tickets = checkNotNull(tickets, "tickets");
        this.contacts = checkNotNull(contacts, "contacts");
        this.cases = new DeskCases(ports.desk(), settings.access());
    }

    @Override
    public ProblemView log(LogProblem command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            ImmutableSet<GroupId> groups = ports.desk().directory().groupsOf(actor.staffId());
            AccessContext context = ProblemVisibility.contextOf(command.group(), command.manager(), groups);
            settings.access().check(actor, Permission.LOG_PROBLEM, context, "problem");
            if (!command.incidents().isEmpty()) {
                settings.access().check(actor, Permission.LINK_INCIDENT, context, "problem");
            }
            ports.desk().directory().group(command.group())
                    .orElseThrow(() -> AssignmentRefusedException.unknownGroup(command.group()));
            for (CiId ci : command.affectedCis()) {
                ports.cmdb().items().find(ci).orElseThrow(() -> new CiNotFoundException(ci));
            }
            command.incidents().forEach(incident -> cases.linkable(actor, incident));
            Instant now = ports.desk().clock().instant();
            Problem problem = Problem.log(ports.problems().nextId(),
                    ports.numbers().next(LocalDate.ofInstant(now, settings.zone()).getYear()), details(command),
                    assessment(command), command.manager(), command.group(), command.affectedCis(), actor.staffId(),
                    now);
            command.incidents().stream().sorted(Comparator.comparing(TicketId::value))
                    .forEach(incident -> problem.linkIncident(incident, actor.staffId(), now));
            ports.problems().save(problem);
            return Outcome.of(ProblemVisibility.of(settings.access(), actor, problem, groups).view(problem),
                    problem.pullEvents());
        });
    }

    @Override
    public ProblemView handle(ProblemCommand command) {
        Decided decided = decideWithIncidents(command);
        indexing.follow(decided.view(), decided.events());
        return decided.view();
    }

    @Override
    public ContactView resolveAtFirstContact(ResolveWithKnownError command) {
        AtFirstContact resolved = pipeline.run(command, () -> {
            Decided applied = decideWithIncidents(new ProblemCommand.ApplyWorkaround(command.actor(),
                    command.knownError(), null, DeskCase.contact(command.contact())));
            ContactView contact = contacts.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(
                    command.actor(), command.contact(), ResolutionCode.WORKAROUND,
                    applied.view().number() + ": " + command.note().strip()));
            // the composed commands appended their own events
            return Outcome.of(new AtFirstContact(contact, applied), List.of());
        });
        indexing.follow(resolved.applied().view(), resolved.applied().events());
        return resolved.contact();
    }

    /**
     * The command decided and saved, then each linked incident to resolve with it resolved
     * through the desk, in one transaction; the index follows only once it committed (the
     * callers', after their own transaction).
     */
    private Decided decideWithIncidents(ProblemCommand command) {
        checkNotNull(command, "command");
        return ports.desk().transactions().inTransaction(() -> {
            Decided decided = pipeline.run(command, () -> decide(command));
            String note = command instanceof ProblemCommand.Resolve resolve ? resolve.note() : "";
            for (TicketId incident : decided.incidentsToResolve()) {
                tickets.handle(new TicketCommand.Resolve(command.actor(), incident, null, ResolutionCode.FIXED,
                        decided.view().number() + ": " + note));
            }
            return decided;
        });
    }

    private Outcome<Decided> decide(ProblemCommand command) {
        Problem problem = ports.problems().find(command.problem())
                .orElseThrow(() -> new ProblemNotFoundException(command.problem()));
        Actor actor = command.actor();
        ProblemVisibility visibility = ProblemVisibility.of(settings.access(), actor, problem,
                ports.desk().directory().groupsOf(actor.staffId()));
        if (!visibility.seen()) {
            throw new ProblemNotFoundException(command.problem()); // as the queries say: no leak of existence
        }
        settings.access().check(actor, command.permission(), visibility.context(), problem.number().toString());
        CommandPipeline.checkVersion("problem", problem.number().toString(), command.expectedVersion(),
                problem.version());
        List<TicketId> toResolve = command.accept(new ProblemDecision(ports, settings.priority(), cases, problem, actor,
                ports.desk().clock().instant()));
        ports.problems().save(problem);
        List<ProblemEvent> events = problem.pullEvents();
        return Outcome.of(new Decided(visibility.view(problem), toResolve, events), events);
    }

    /**
     * A decided command: the problem as the actor sees it, the linked incidents to resolve with
     * it, and the problem's events (for the index, after the commit).
     */
    private record Decided(ProblemView view, List<TicketId> incidentsToResolve, List<ProblemEvent> events) {
    }

    /** A call resolved at first contact with a known error, and the known error's use counted. */
    private record AtFirstContact(ContactView contact, Decided applied) {
    }

    private static ProblemDetails details(LogProblem command) {
        try {
            return ProblemDetails.of(command.summary(), command.description(), CategoryCode.of(command.category()));
        } catch (IllegalArgumentException malformed) {
            throw InvalidCommandException.of("category", "is not a category code like his.outpatient: "
                    + command.category());
        }
    }

    private PriorityAssessment assessment(LogProblem command) {
        return settings.priority().assess(Priorities.factors(settings.priority(), command.impact(),
                command.urgency(), command.criticality(), false));
    }
}
