package org.itilhis.testkit.arbitraries;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketWorkflows;
import org.itilhis.ports.servicedesk.in.TicketCommand.Accept;
import org.itilhis.ports.servicedesk.in.TicketCommand.AddWorkLog;
import org.itilhis.ports.servicedesk.in.TicketCommand.Assign;
import org.itilhis.ports.servicedesk.in.TicketCommand.Cancel;
import org.itilhis.ports.servicedesk.in.TicketCommand.Close;
import org.itilhis.ports.servicedesk.in.TicketCommand.Confirm;
import org.itilhis.ports.servicedesk.in.TicketCommand.DeclareMajorIncident;
import org.itilhis.ports.servicedesk.in.TicketCommand.Escalate;
import org.itilhis.ports.servicedesk.in.TicketCommand.EscalateToLead;
import org.itilhis.ports.servicedesk.in.TicketCommand.Hold;
import org.itilhis.ports.servicedesk.in.TicketCommand.OverridePriority;
import org.itilhis.ports.servicedesk.in.TicketCommand.Rate;
import org.itilhis.ports.servicedesk.in.TicketCommand.Reopen;
import org.itilhis.ports.servicedesk.in.TicketCommand.Reprioritise;
import org.itilhis.ports.servicedesk.in.TicketCommand.Resolve;
import org.itilhis.ports.servicedesk.in.TicketCommand.Resume;
import org.itilhis.ports.servicedesk.in.TicketCommand.Start;
import org.itilhis.ports.servicedesk.in.TicketCommand.UpdateCaller;
import org.itilhis.ports.servicedesk.in.TicketCommand;

/**
 * Every kind of {@link TicketCommand}, with random fields, for the tickets, actors and
 * expected versions you choose:
 *
 * <pre>{@code
 * TicketCommandArbitraries.on(Arbitraries.just(id)).by(ActorArbitraries.anyone())
 *         .atVersions(ServiceDeskArbitraries.versions(5)).any()
 * }</pre>
 *
 * Fields are valid most of the time; required fields are sometimes {@code null} or blank,
 * text sometimes too long, numbers sometimes out of range, groups unknown and engineers
 * outside the group. {@link #plausibleOn(TicketSnapshot)} aims the commands at one stored
 * ticket, favouring the steps its workflow allows now and the people it concerns, so that
 * a random sequence drives tickets all the way to closure.
 */
public final class TicketCommandArbitraries {
    private static final double RARE = 0.02;

    /** The workflow action behind each command kind; the others are record keeping. (Only looked up.) */
    private static final Map<Class<? extends TicketCommand>, TicketAction> STEPS = Map.ofEntries(
            Map.entry(Assign.class, TicketAction.ASSIGN), Map.entry(Accept.class, TicketAction.ACCEPT),
            Map.entry(Start.class, TicketAction.START), Map.entry(Hold.class, TicketAction.HOLD),
            Map.entry(Resume.class, TicketAction.RESUME), Map.entry(Escalate.class, TicketAction.ESCALATE),
            Map.entry(EscalateToLead.class, TicketAction.ESCALATE_TO_LEAD),
            Map.entry(UpdateCaller.class, TicketAction.UPDATE_CALLER),
            Map.entry(Resolve.class, TicketAction.RESOLVE),
            Map.entry(Confirm.class, TicketAction.CONFIRM), Map.entry(Reopen.class, TicketAction.REOPEN),
            Map.entry(Close.class, TicketAction.CLOSE), Map.entry(Cancel.class, TicketAction.CANCEL));

    /** The generator of each kind, in a fixed order (so that a seed always replays the same commands). */
    private static final ImmutableMap<Class<? extends TicketCommand>,
            Function<TicketCommandArbitraries, Arbitrary<? extends TicketCommand>>> BY_KIND =
            ImmutableMap.<Class<? extends TicketCommand>,
                            Function<TicketCommandArbitraries, Arbitrary<? extends TicketCommand>>>builder()
                    .put(Assign.class, TicketCommandArbitraries::assigns)
                    .put(Accept.class, TicketCommandArbitraries::accepts)
                    .put(Start.class, TicketCommandArbitraries::starts)
                    .put(Hold.class, TicketCommandArbitraries::holds)
                    .put(Resume.class, TicketCommandArbitraries::resumes)
                    .put(Escalate.class, TicketCommandArbitraries::escalations)
                    .put(EscalateToLead.class, TicketCommandArbitraries::escalationsToLead)
                    .put(UpdateCaller.class, TicketCommandArbitraries::callerUpdates)
                    .put(Resolve.class, TicketCommandArbitraries::resolutions)
                    .put(Confirm.class, TicketCommandArbitraries::confirmations)
                    .put(Reopen.class, TicketCommandArbitraries::reopenings)
                    .put(Close.class, TicketCommandArbitraries::closures)
                    .put(Cancel.class, TicketCommandArbitraries::cancellations)
                    .put(AddWorkLog.class, TicketCommandArbitraries::workLogs)
                    .put(Rate.class, TicketCommandArbitraries::ratings)
                    .put(Reprioritise.class, TicketCommandArbitraries::reprioritisations)
                    .put(OverridePriority.class, TicketCommandArbitraries::overrides)
                    .put(DeclareMajorIncident.class, TicketCommandArbitraries::majorIncidentDeclarations)
                    .buildOrThrow();

    /** Every kind of ticket command, in a fixed order. */
    public static final ImmutableSet<Class<? extends TicketCommand>> KINDS = BY_KIND.keySet();

    /**
     * How strongly {@link #plausibleOn} favours a step its workflow allows: the steps toward
     * closure most; escalations and cancellation, allowed almost everywhere, hardly more
     * than any other command, or most tickets would be escalated or cancelled early.
     */
    private static final Map<TicketAction, Integer> FORWARD = Map.of(
            TicketAction.ASSIGN, 5, TicketAction.ACCEPT, 10, TicketAction.START, 10, TicketAction.HOLD, 3,
            TicketAction.RESUME, 6, TicketAction.RESOLVE, 10, TicketAction.CONFIRM, 8, TicketAction.CLOSE, 6,
            TicketAction.REOPEN, 2, TicketAction.CANCEL, 1);

    private final Arbitrary<TicketId> givenTickets;
    private final Arbitrary<Actor> givenActors;
    private final Arbitrary<TicketId> tickets;
    private final Arbitrary<Actor> actors;
    private final Arbitrary<Long> versions;
    private final Arbitrary<GroupId> assignmentTargets;
    private final Arbitrary<GroupId> escalationTargets;

    private TicketCommandArbitraries(Arbitrary<TicketId> tickets, Arbitrary<Actor> actors, Arbitrary<Long> versions,
                                     Arbitrary<GroupId> assignmentTargets, Arbitrary<GroupId> escalationTargets) {
        this.givenTickets = checkNotNull(tickets, "tickets");
        this.givenActors = checkNotNull(actors, "actors");
        // Rarely null: a caller bug that validation must catch.
        this.tickets = tickets.injectNull(0.005);
        this.actors = actors.injectNull(0.005);
        this.versions = checkNotNull(versions, "versions");
        this.assignmentTargets = checkNotNull(assignmentTargets, "assignmentTargets");
        this.escalationTargets = checkNotNull(escalationTargets, "escalationTargets");
    }

    /** Commands on {@code tickets}, by {@link ActorArbitraries#anyone()}, without an expected version. */
    public static TicketCommandArbitraries on(Arbitrary<TicketId> tickets) {
        return new TicketCommandArbitraries(tickets, ActorArbitraries.anyone(), Arbitraries.just(null),
                ServiceDeskArbitraries.groups(), ServiceDeskArbitraries.groups());
    }

    public TicketCommandArbitraries by(Arbitrary<Actor> who) {
        return new TicketCommandArbitraries(givenTickets, who, versions, assignmentTargets, escalationTargets);
    }

    /** The {@code expectedVersion}s to send, e.g. {@link ServiceDeskArbitraries#versions(long)}. */
    public TicketCommandArbitraries atVersions(Arbitrary<Long> expected) {
        return new TicketCommandArbitraries(givenTickets, givenActors, expected, assignmentTargets, escalationTargets);
    }

    /** The groups assignments name (rarely {@code null} on top); {@link ServiceDeskArbitraries#groups()} by default. */
    public TicketCommandArbitraries assigningTo(Arbitrary<GroupId> groups) {
        return new TicketCommandArbitraries(givenTickets, givenActors, versions, groups, escalationTargets);
    }

    /** Aims functional escalations mostly at groups of the tier after {@code tier}. */
    public TicketCommandArbitraries escalatingFrom(SupportTier tier) {
        Arbitrary<GroupId> targets = tier.next().map(ServiceDeskArbitraries::groupsOfTier)
                .orElseGet(ServiceDeskArbitraries::groups);
        return new TicketCommandArbitraries(givenTickets, givenActors, versions, assignmentTargets, targets);
    }

    /**
     * Commands aimed at one stored ticket, at its current version mostly. The steps that
     * move it forward from its status (accept, start, resolve, confirm, close, and rating
     * once it is closed) come up most, each issued mostly by the people who may take it
     * (engineers of the owning group, the desk, the caller, the group's lead, the system);
     * every other kind, and anyone at all, still come up now and then.
     */
    public static Arbitrary<TicketCommand> plausibleOn(TicketSnapshot ticket) {
        TicketCommandArbitraries aimed = on(Arbitraries.just(ticket.id()))
                .atVersions(ServiceDeskArbitraries.versions(ticket.version()))
                .assigningTo(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ticket.group())),
                        Tuple.of(2, ServiceDeskArbitraries.groups())))
                .escalatingFrom(ticket.tier());
        Set<TicketAction> allowed = TicketWorkflows.of(ticket.type()).allowedActions(ticket.status());
        List<Tuple2<Integer, Class<? extends TicketCommand>>> weighted = new ArrayList<>();
        for (Class<? extends TicketCommand> kind : KINDS) {
            weighted.add(Tuple.of(weight(kind, allowed, ticket), kind));
        }
        // The kind is drawn first, so that each step builds the arbitrary of one kind, not of all.
        return Arbitraries.frequency(weighted)
                .flatMap(kind -> aimed.by(ActorArbitraries.mayIssue(kind, ticket)).kind(kind));
    }

    /** Every kind, equally often. */
    public Arbitrary<TicketCommand> any() {
        return Arbitraries.oneOf(KINDS.stream().map(this::kind).toList());
    }

    /** The arbitrary of one kind of command, one of {@link #KINDS}. */
    public Arbitrary<TicketCommand> kind(Class<? extends TicketCommand> kind) {
        return widen(checkNotNull(BY_KIND.get(kind), "not a kind of ticket command: %s", kind).apply(this));
    }

    private static Arbitrary<TicketCommand> widen(Arbitrary<? extends TicketCommand> commands) {
        return commands.map(TicketCommand.class::cast);
    }

    private static int weight(Class<? extends TicketCommand> kind, Set<TicketAction> allowed, TicketSnapshot ticket) {
        TicketAction step = STEPS.get(kind);
        if (step != null) {
            return allowed.contains(step) ? FORWARD.getOrDefault(step, 2) : 1;
        } else if (kind == Rate.class) {
            return ticket.status() == TicketStatus.CLOSED && ticket.satisfaction().isEmpty() ? 10 : 1;
        }
        return ticket.status().isTerminal() ? 1 : 2;
    }

    // ---- one method per kind ------------------------------------------------------------

    /** Assignments: a group (rarely unknown or missing) and an engineer (none, a member, or an outsider). */
    public Arbitrary<Assign> assigns() {
        return assignmentTargets.injectNull(RARE).flatMap(group -> Combinators.combine(
                actors(), tickets(), versions,
                Arbitraries.just(group),
                group == null ? Arbitraries.just(null) : ServiceDeskArbitraries.engineersFor(group)).as(Assign::new));
    }

    public Arbitrary<Accept> accepts() {
        return Combinators.combine(actors(), tickets(), versions).as(Accept::new);
    }

    public Arbitrary<Start> starts() {
        return Combinators.combine(actors(), tickets(), versions).as(Start::new);
    }

    public Arbitrary<Hold> holds() {
        return Combinators.combine(actors(), tickets(), versions, Arbitraries.of(HoldReason.class).injectNull(RARE),
                TextArbitraries.optional(2000)).as(Hold::new);
    }

    public Arbitrary<Resume> resumes() {
        return Combinators.combine(actors(), tickets(), versions).as(Resume::new);
    }

    public Arbitrary<Escalate> escalations() {
        return Combinators.combine(actors(), tickets(), versions, escalationTargets.injectNull(RARE),
                TextArbitraries.required(2000)).as(Escalate::new);
    }

    public Arbitrary<EscalateToLead> escalationsToLead() {
        return Combinators.combine(actors(), tickets(), versions, TextArbitraries.required(2000))
                .as(EscalateToLead::new);
    }

    /** Updates to the caller: a message, rarely blank, missing or over 4000 characters. */
    public Arbitrary<UpdateCaller> callerUpdates() {
        return Combinators.combine(actors(), tickets(), versions, TextArbitraries.required(4000)).as(UpdateCaller::new);
    }

    public Arbitrary<Resolve> resolutions() {
        return Combinators.combine(actors(), tickets(), versions, Arbitraries.of(ResolutionCode.class).injectNull(RARE),
                TextArbitraries.required(4000)).as(Resolve::new);
    }

    public Arbitrary<Confirm> confirmations() {
        return Combinators.combine(actors(), tickets(), versions).as(Confirm::new);
    }

    public Arbitrary<Reopen> reopenings() {
        return Combinators.combine(actors(), tickets(), versions, TextArbitraries.required(2000)).as(Reopen::new);
    }

    /** Closures after the quiet period (which the system runs). */
    public Arbitrary<Close> closures() {
        return Combinators.combine(actors(), tickets(), versions).as(Close::new);
    }

    public Arbitrary<Cancel> cancellations() {
        return Combinators.combine(actors(), tickets(), versions, TextArbitraries.required(2000)).as(Cancel::new);
    }

    /** Work logs of 1 to 1440 minutes, rarely 0, negative or more than a day. */
    public Arbitrary<AddWorkLog> workLogs() {
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(1, 1440)),
                Tuple.of(1, Arbitraries.of(0, -5, 1441)));
        return Combinators.combine(actors(), tickets(), versions, minutes, TextArbitraries.required(4000))
                .as(AddWorkLog::new);
    }

    /** Ratings of 1 to 5, rarely 0 or 6, with an optional comment. */
    public Arbitrary<Rate> ratings() {
        Arbitrary<Integer> scores = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(1, 5)),
                Tuple.of(1, Arbitraries.of(0, 6)));
        return Combinators.combine(actors(), tickets(), versions, scores, TextArbitraries.optional(2000))
                .as(Rate::new);
    }

    public Arbitrary<Reprioritise> reprioritisations() {
        return Combinators.combine(actors(), tickets(), versions, PriorityArbitraries.impactCodes(),
                PriorityArbitraries.urgencyCodes(), PriorityArbitraries.criticalities().injectNull(RARE),
                TextArbitraries.required(2000)).as(Reprioritise::new);
    }

    public Arbitrary<OverridePriority> overrides() {
        return Combinators.combine(actors(), tickets(), versions, PriorityArbitraries.priorities().injectNull(RARE),
                TextArbitraries.required(500)).as(OverridePriority::new);
    }

    public Arbitrary<DeclareMajorIncident> majorIncidentDeclarations() {
        return Combinators.combine(actors(), tickets(), versions, TextArbitraries.required(2000))
                .as(DeclareMajorIncident::new);
    }

    private Arbitrary<Actor> actors() {
        return actors;
    }

    private Arbitrary<TicketId> tickets() {
        return tickets;
    }
}
