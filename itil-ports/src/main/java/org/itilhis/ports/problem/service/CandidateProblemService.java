package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.detection.CandidateProblem;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.core.problem.detection.IncidentSignal;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.problem.in.CandidateNotFoundException;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.LogProblem;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.problem.in.ProblemView;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link CandidateProblems}: reads the incidents raised within the rules' longest
 * window through the desk's repository (page by page), leaves out the cancelled ones and those
 * linked to a problem already, takes each one's affected items from the CMDB's links, and lets
 * {@link org.itilhis.core.problem.detection.ProblemDetection} find the clusters, minus the
 * dismissals kept.
 */
final class CandidateProblemService implements CandidateProblems {
    private final ProblemPorts ports;
    private final ProblemSettings problems;
    private final ServiceDeskSettings settings;
    private final CommandPipeline pipeline;
    private final ProblemUseCase use;

    CandidateProblemService(ProblemPorts ports, ProblemSettings problems, ServiceDeskSettings settings,
                            Validator validator, ProblemUseCase use) {
        this.ports = checkNotNull(ports, "ports");
        this.problems = checkNotNull(problems, "problems");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.use = checkNotNull(use, "use");
    }

    @Override
    public List<CandidateProblem> candidates(Actor actor) {
        authorise(actor, Permission.VIEW_CANDIDATE_PROBLEMS);
        return ports.desk().transactions().inTransaction(() -> find(ports.desk().clock().instant()));
    }

    @Override
    public ProblemView accept(Accept command) {
        return pipeline.run(command, () -> {
            authorise(command.actor(), Permission.DECIDE_CANDIDATE_PROBLEMS);
            CandidateProblem candidate = candidate(command.rule(), command.key());
            LogProblem asked = command.problem();
            Set<TicketId> incidents = new HashSet<>(asked.incidents());
            incidents.addAll(candidate.incidents());
            ProblemView logged = use.log(new LogProblem(asked.actor(), asked.summary(), asked.description(),
                    asked.category(), asked.impact(), asked.urgency(), asked.criticality(), asked.manager(),
                    asked.group(), asked.affectedCis(), incidents));
            return Outcome.of(logged, List.of()); // the nested log appended the problem's events
        });
    }

    @Override
    public void dismiss(Dismiss command) {
        pipeline.run(command, () -> {
            authorise(command.actor(), Permission.DECIDE_CANDIDATE_PROBLEMS);
            CandidateProblem candidate = candidate(command.rule(), command.key());
            ports.dismissals().record(new Dismissal(candidate.rule(), candidate.key(), ports.desk().clock().instant(),
                    command.actor().staffId(), command.reason().strip()));
            return Outcome.of(null, List.of());
        });
    }

    @Override
    public List<Dismissal> dismissals(Actor actor) {
        authorise(actor, Permission.VIEW_CANDIDATE_PROBLEMS);
        return ports.desk().transactions().inTransaction(() -> ports.dismissals().list());
    }

    private CandidateProblem candidate(String rule, String key) {
        return find(ports.desk().clock().instant()).stream()
                .filter(found -> found.rule().equals(rule) && found.key().equals(key)).findFirst()
                .orElseThrow(() -> new CandidateNotFoundException(rule, key));
    }

    private List<CandidateProblem> find(Instant now) {
        Set<TicketId> linked = linkedIncidents();
        List<IncidentSignal> signals = new ArrayList<>();
        for (Ticket incident : recentIncidents(now)) {
            if (incident.status() != TicketStatus.CANCELLED && !linked.contains(incident.id())) {
                signals.add(new IncidentSignal(incident.id(), incident.raisedAt(), incident.details().category(),
                        incident.details().location(), ImmutableSet.copyOf(ports.cmdb().links().cisOf(incident.id()))));
            }
        }
        return problems.detection().candidates(signals, now, ports.dismissals().list());
    }

    /** The incidents raised within the longest window of the rules, read page by page. */
    private List<Ticket> recentIncidents(Instant now) {
        TicketSearch search = TicketSearch.all(TicketSearch.MAX_LIMIT).withType(TicketType.INCIDENT)
                .raisedWithin(now.minus(problems.detection().lookBack()), now.plusNanos(1));
        List<Ticket> all = new ArrayList<>();
        List<Ticket> page = ports.desk().tickets().search(search);
        all.addAll(page);
        while (page.size() == search.limit()) {
            page = ports.desk().tickets().search(search.after(QueuePosition.of(page.get(page.size() - 1))));
            all.addAll(page);
        }
        return all;
    }

    /** Every incident linked to a problem now, whatever the problem's state. */
    private Set<TicketId> linkedIncidents() {
        Set<TicketId> linked = new HashSet<>();
        ProblemSearch search = ProblemSearch.all(ProblemSearch.MAX_LIMIT);
        List<Problem> page = ports.problems().search(search);
        page.forEach(problem -> linked.addAll(problem.linkedIncidents()));
        while (page.size() == search.limit()) {
            page = ports.problems().search(search.after(page.get(page.size() - 1).number()));
            page.forEach(problem -> linked.addAll(problem.linkedIncidents()));
        }
        return linked;
    }

    private void authorise(Actor actor, Permission permission) {
        checkNotNull(actor, "actor");
        settings.access().check(actor, permission,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "candidate problems");
    }
}
