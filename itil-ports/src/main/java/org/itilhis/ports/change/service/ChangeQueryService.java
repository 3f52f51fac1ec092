package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.SetMultimap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentLink;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.schedule.ChangeSchedule;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ForwardSchedule;
import org.itilhis.core.change.schedule.ScheduleCheck;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.change.in.CabAgenda;
import org.itilhis.ports.change.in.ChangeAdvisoryBoardNotFoundException;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.PossiblyCausedIncident;
import org.itilhis.ports.change.in.ProposedSchedule;
import org.itilhis.ports.change.in.ScheduleCheckResult;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;

/**
 * Implements {@link ChangeQueries}: a change only for a reader who sees it ({@link
 * ChangeVisibility}); a search narrowed in the store to the groups the reader may see, so a
 * page is never short because of hidden changes; the schedule over the CMDB's current graph and
 * the stored windows.
 */
final class ChangeQueryService implements ChangeQueries {
    /** The longest period a forward schedule covers. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);
    /** The id of a proposed change not raised yet, in a dry run's candidate. */
    static final ChangeId PROPOSED = new ChangeId(new UUID(0, 0));

    private final ChangePorts ports;
    private final ChangeSettings settings;
    private final AccessPolicy access;
    private final Supplier<CiGraph> graph;
    private final ChangeScheduling scheduling;

    ChangeQueryService(ChangePorts ports, ChangeSettings settings, AccessPolicy access, Supplier<CiGraph> graph) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.graph = checkNotNull(graph, "graph");
        this.scheduling = new ChangeScheduling(ports, settings, graph);
    }

    @Override
    public ChangeView change(Actor actor, ChangeId id) {
        return ChangeView.of(seen(actor, checkNotNull(id, "id")));
    }

    @Override
    public Optional<ChangeView> byNumber(Actor actor, ChangeNumber number) {
        ImmutableSet<GroupId> groups = groupsOf(actor);
        return ports.changes().findByNumber(checkNotNull(number, "number"))
                .filter(change -> ChangeVisibility.seen(access, actor, change, groups)).map(ChangeView::of);
    }

    @Override
    public List<ChangeView> search(Actor actor, ChangeSearch search) {
        return visible(actor, checkNotNull(search, "search")).stream().map(ChangeView::of).toList();
    }

    @Override
    public List<DomainEvent> history(Actor actor, ChangeId id) {
        seen(actor, checkNotNull(id, "id"));
        return ports.desk().events().history(id.toString());
    }

    @Override
    public ForwardSchedule forwardSchedule(Actor actor, Instant from, Instant to) {
        ChangeVisibility.requireSomeView(access, actor, "change schedule");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!from.isBefore(to)) {
            throw InvalidCommandException.of("to", "the period must end after it starts: " + from + " to " + to);
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw InvalidCommandException.of("to", "a forward schedule covers at most " + LONGEST_PERIOD.toDays()
                    + " days: " + from + " to " + to);
        }
        List<ScheduledChange> changes = ports.changes().scheduledOverlapping(from, to).stream()
                .map(ChangeScheduling::scheduled).toList();
        ChangeSchedule schedule = ScheduleCheck.of(graph.get(), ports.windows().all()).withSteps(settings.steps())
                .schedule(changes);
        return schedule.forward(from, to);
    }

    @Override
    public ScheduleCheckResult checkSchedule(Actor actor, ProposedSchedule proposal) {
        checkNotNull(proposal, "proposal");
        ChangeVisibility.requireSomeView(access, actor, "change schedule");
        if (!proposal.windowStart().isBefore(proposal.windowEnd())) {
            throw InvalidCommandException.of("windowEnd", "the window must end after it starts: "
                    + proposal.windowStart() + " to " + proposal.windowEnd());
        }
        PlannedWindow window = PlannedWindow.of(proposal.windowStart(), proposal.windowEnd());
        ScheduledChange candidate;
        if (proposal.change() != null) {
            candidate = ChangeScheduling.scheduled(seen(actor, proposal.change()), window);
        } else {
            if (proposal.touchedCis().isEmpty()) {
                throw InvalidCommandException.of("touchedCis", "a proposed change touches at least one item");
            }
            proposal.touchedCis().forEach(ci -> ports.cmdb().items().find(ci)
                    .orElseThrow(() -> new CiNotFoundException(ci)));
            int year = LocalDate.ofInstant(window.start(), settings.zone()).getYear();
            candidate = new ScheduledChange(PROPOSED, ChangeNumber.of(year, 999_999), proposal.touchedCis(),
                    window.start(), window.end(), proposal.outage() != ExpectedOutage.Kind.NONE);
        }
        ChangeSchedule schedule = scheduling.around(window.start(), window.end(), candidate.id());
        return new ScheduleCheckResult(candidate, schedule.check(candidate),
                schedule.maintenanceWindowsContaining(candidate));
    }

    @Override
    public CabAgenda agenda(Actor actor, CabId board) {
        checkNotNull(board, "board");
        ChangeVisibility.requireSomeView(access, actor, "CAB agenda " + board);
        String name = board.equals(ChangeAdvisoryBoard.CHANGE_MANAGER_ALONE) ? "change manager"
                : ports.boards().find(board).orElseThrow(() -> new ChangeAdvisoryBoardNotFoundException(board)).name();
        List<CabAgenda.Item> items = allVisible(actor, ChangeSearch.all(ChangeSearch.MAX_LIMIT)
                .withStatuses(List.of(ChangeStatus.AWAITING_APPROVAL)).awaitingApprovalBy(board)).stream()
                .map(change -> new CabAgenda.Item(ChangeView.of(change), change.submittedAt().orElseThrow(),
                        change.approvalRequestedAt().orElseThrow()))
                .sorted(Comparator.comparing(CabAgenda.Item::submittedAt)
                        .thenComparing(CabAgenda.Item::approvalRequestedAt)
                        .thenComparing(item -> item.change().number().year())
                        .thenComparing(item -> item.change().number().sequence()))
                .toList();
        return new CabAgenda(board, name, items);
    }

    @Override
    public List<PossiblyCausedIncident> possiblyCausedIncidents(Actor actor, ChangeId id) {
        Change change = seen(actor, checkNotNull(id, "id"));
        ImmutableSet<GroupId> groups = groupsOf(actor);
        Instant from = change.window().start();
        Instant until = change.window().end().plus(settings.soonAfter());
        SetMultimap<CiId, TicketId> tickets = ports.cmdb().links().ticketsOf(change.touchedCis());
        List<PossiblyCausedIncident> found = new ArrayList<>();
        for (TicketId ticketId : ImmutableSet.copyOf(tickets.values())) {
            Optional<Ticket> ticket = ports.desk().tickets().find(ticketId)
                    .filter(t -> t.type() == TicketType.INCIDENT)
                    .filter(t -> !t.raisedAt().isBefore(from) && t.raisedAt().isBefore(until))
                    .filter(t -> access.permits(actor, Permission.VIEW_TICKET,
                            AccessContext.of(t.details().caller(), t.group(), t.engineer(), groups)));
            ticket.ifPresent(t -> {
                Set<CiId> on = tickets.entries().stream().filter(e -> e.getValue().equals(ticketId))
                        .map(Map.Entry::getKey).collect(ImmutableSet.toImmutableSet());
                found.add(new PossiblyCausedIncident(t.id(), t.number(), t.details().summary(), t.status(),
                        t.raisedAt(), on, change.incidents().contains(new IncidentLink(t.id(), IncidentRelation.CAUSED))));
            });
        }
        found.sort(Comparator.comparing(PossiblyCausedIncident::raisedAt)
                .thenComparing(incident -> incident.number().toString()));
        return List.copyOf(found);
    }

    @Override
    public List<ChangeAdvisoryBoard> boards(Actor actor) {
        ChangeVisibility.requireSomeView(access, actor, "change advisory boards");
        return ports.boards().all();
    }

    @Override
    public List<ChangeTemplate> templates(Actor actor) {
        ChangeVisibility.requireSomeView(access, actor, "change templates");
        return ports.templates().all();
    }

    @Override
    public List<ChangeWindow> windows(Actor actor) {
        ChangeVisibility.requireSomeView(access, actor, "change windows");
        return ports.windows().all();
    }

    /** The changes matching {@code search} that the actor may see, narrowed in the store. */
    private List<Change> visible(Actor actor, ChangeSearch search) {
        if (access.scopes(checkNotNull(actor, "actor"), Permission.VIEW_CHANGE).isEmpty()) {
            return List.of();
        }
        ImmutableSet<GroupId> groups = groupsOf(actor);
        return ports.changes().search(narrowed(actor, search)).stream()
                .filter(change -> ChangeVisibility.seen(access, actor, change, groups)).toList();
    }

    /** {@code search} kept to the groups the actor sees, unless they see every change. */
    private ChangeSearch narrowed(Actor actor, ChangeSearch search) {
        Set<Scope> scopes = access.scopes(actor, Permission.VIEW_CHANGE);
        return scopes.contains(Scope.ANY) ? search : search.within(groupsOf(actor));
    }

    /** Every change matching {@code search} that the actor may see, page after page. */
    private List<Change> allVisible(Actor actor, ChangeSearch search) {
        List<Change> all = new ArrayList<>();
        ChangeSearch page = search;
        while (true) {
            List<Change> found = ports.changes().search(narrowed(actor, page));
            found.stream().filter(change -> ChangeVisibility.seen(access, actor, change, groupsOf(actor)))
                    .forEach(all::add);
            if (found.size() < page.limit()) {
                return all;
            }
            page = page.after(found.get(found.size() - 1).number());
        }
    }

    private Change seen(Actor actor, ChangeId id) {
        ImmutableSet<GroupId> groups = groupsOf(actor);
        return ports.changes().find(id).filter(change -> ChangeVisibility.seen(access, actor, change, groups))
                .orElseThrow(() -> new ChangeNotFoundException(id));
    }

    private ImmutableSet<GroupId> groupsOf(Actor actor) {
        return ports.desk().directory().groupsOf(checkNotNull(actor, "actor").staffId());
    }
}
