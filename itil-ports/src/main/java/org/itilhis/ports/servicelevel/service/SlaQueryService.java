package org.itilhis.ports.servicelevel.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.QueueScope;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.in.QueuedTicket;
import org.itilhis.ports.servicelevel.in.SlaNotConfiguredException;
import org.itilhis.ports.servicelevel.in.SlaQueries;
import org.itilhis.ports.servicelevel.out.ClockWatch;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.itilhis.ports.servicelevel.out.StoredStanding;
import org.itilhis.ports.servicelevel.service.SlaPolicies.Configured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Implements {@link SlaQueries}: ticket visibility as {@link TicketQueries} decides it, reports with VIEW_SLA. */
public final class SlaQueryService implements SlaQueries {
    private static final Logger LOG = LoggerFactory.getLogger(SlaQueryService.class);
    static final int PAGE = 500;
    static final Comparator<SlaMeasurement> MOST_URGENT_FIRST = Comparator
            .comparing((SlaMeasurement m) -> !m.resolution().isBreached() && !m.response().isBreached())
            .thenComparing(m -> m.resolution().deadline().orElse(Instant.MAX))
            .thenComparing(m -> m.ticketId().toString());

    private final ServiceLevelPorts ports;
    private final ServiceDeskSettings settings;
    private final TicketQueries tickets;
    private final SlaPolicies policies;
    private final SlaMonitor monitor;
    private final ReportedStandings reported;
    private volatile Instant completeAfter;
    private volatile boolean everyWatchHasItsStanding;

    SlaQueryService(ServiceLevelPorts ports, ServiceDeskSettings settings, TicketQueries tickets, SlaMonitor monitor) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.tickets = checkNotNull(tickets, "tickets");
        this.policies = new SlaPolicies(ports.configuration());
        this.monitor = checkNotNull(monitor, "monitor");
        this.reported = new ReportedStandings(ports);
    }

    @Override
    public SlaMeasurement clocks(Actor actor, TicketId id) {
        tickets.ticket(actor, id); // not found unless the actor may see it
        return measure(configured().policy(), id, ports.desk().clock().instant());
    }

    @Override
    public List<QueuedTicket> queue(Actor actor, int limit, Optional<DeadlinePosition> after) {
        checkNotNull(after, "after");
        Optional<ImmutableSet<GroupId>> groups = QueueScope.groups(settings, ports.desk().directory(), actor, limit);
        Configured configured = configured();
        if (groups.isEmpty()) {
            return List.of();
        }
        catchUp(configured);
        List<ClockWatch> watches = ports.desk().transactions().inTransaction(
                () -> ports.watches().queue(QueueScope.OPEN, groups.get(), after, limit));
        Map<TicketId, DeadlinePosition> positions = new LinkedHashMap<>();
        watches.forEach(watch -> positions.put(watch.ticketId(), watch.position()));
        // as the actor may see them; one gone since, or hidden by a finer policy, is not in their queue
        return tickets.queued(actor, List.copyOf(positions.keySet())).stream()
                .map(view -> new QueuedTicket(view, positions.get(view.id()))).toList();
    }

    /**
     * Catches up with the event log; false if that failed. A queue read after a failed catch-up
     * shows the watch list as the last run left it, rather than nothing.
     */
    private boolean catchUp(Configured configured) {
        try {
            monitor.catchUp(configured);
            return true;
        } catch (StorageException e) {
            LOG.warn("the service-level read goes on without catching up with the event log", e);
            return false;
        }
    }

    /**
     * Measures only the candidates the watch list names ({@link SlaWatchList#atRiskOrDue}):
     * after catching up with the event log, a ticket at risk now either was at risk when last
     * measured or has passed its next check time, so the answer is the one measuring every open
     * ticket would give, at the cost of a few, whose histories are read a page at a time.
     */
    @Override
    public List<SlaMeasurement> atRisk(Actor actor) {
        authorise(actor);
        Configured configured = configured();
        SlaPolicy policy = configured.policy();
        catchUp(configured);
        Instant now = ports.desk().clock().instant();
        List<SlaMeasurement> atRisk = new ArrayList<>();
        List<ClockWatch> page = candidates(now, Optional.empty());
        while (!page.isEmpty()) {
            SlaPolicies.histories(ports.desk().events(), page.stream().map(ClockWatch::ticketId).toList()).values()
                    .stream().map(history -> policy.measure(history, now)).filter(SlaMeasurement::isAtRisk)
                    .forEach(atRisk::add);
            page = page.size() < PAGE ? List.of() : candidates(now, Optional.of(page.get(page.size() - 1).ticketId()));
        }
        atRisk.sort(MOST_URGENT_FIRST);
        return atRisk;
    }

    private List<ClockWatch> candidates(Instant now, Optional<TicketId> after) {
        return ports.desk().transactions().inTransaction(() -> ports.watches().atRiskOrDue(now, after, PAGE));
    }

    /**
     * The report from the stored standings ({@link SlaStandings}) when, after catching up with
     * the event log, they cover the scope: every watched ticket and every ticket raised in it
     * has one. The standings of the range asked for last are kept in memory and only those of
     * tickets with new events read again ({@link ReportedStandings}). A standing that no longer holds ({@link StoredStanding#holdsAt}), and so every
     * ticket the report lists, is measured afresh from its history. Otherwise (a range that
     * starts before standings were kept, a catch-up that failed, or standings not yet stored
     * for every watched ticket after an upgrade) every ticket is measured.
     */
    @Override
    public SlaReport report(Actor actor, ReportScope scope) {
        checkNotNull(scope, "scope");
        authorise(actor);
        Configured configured = configured();
        boolean caughtUp = catchUp(configured);
        Instant now = ports.desk().clock().instant();
        if (caughtUp && ports.desk().transactions().inTransaction(() -> standingsCover(scope))) {
            return reportFromStandings(configured, scope, now);
        }
        return measuredReport(configured.policy(), scope, now);
    }

    /**
     * Whether the standings cover the scope. Once every watch has its standing they keep having
     * one (the monitor stores a watch and its standing in one transaction, and removes the watch
     * where it stores the final standing), and the instant after which every raised ticket has
     * one never changes; so both are read from storage only until they first hold, not on every
     * report (two counts over every watched ticket).
     */
    private boolean standingsCover(ReportScope scope) {
        if (completeAfter == null) {
            completeAfter = ports.standings().completeAfter();
        }
        if (!everyWatchHasItsStanding) {
            everyWatchHasItsStanding = ports.standings().watched() == ports.watches().count();
        }
        return scope.from().isAfter(completeAfter) && everyWatchHasItsStanding;
    }

    private SlaReport reportFromStandings(Configured configured, ReportScope scope, Instant now) {
        List<TicketStanding> standings = new ArrayList<>();
        List<TicketId> afresh = new ArrayList<>();
        for (StoredStanding stored : reported.of(scope, configured.version())) {
            TicketStanding standing = stored.standing();
            Optional<BusinessCalendar> calendar = standing.counting()
                    ? configured.policy().calendarOf(standing.service(), standing.raisedAt(), now) : Optional.empty();
            if (stored.holdsAt(now, configured.version()) && (calendar.isPresent() || !standing.counting())) {
                standings.add(standing.at(now, calendar::orElseThrow));
            } else {
                afresh.add(standing.ticketId());
            }
        }
        List<SlaMeasurement> measured = new ArrayList<>();
        for (List<TicketId> page : Lists.partition(afresh, PAGE)) {
            SlaPolicies.histories(ports.desk().events(), page)
                    .forEach((id, history) -> measured.add(configured.policy().measure(history, now)));
        }
        measured.forEach(m -> standings.add(TicketStanding.of(m)));
        return SlaReport.of(standings, measured, scope);
    }

    /**
     * Measures every watched (open) ticket and every ticket raised within the scope, reading
     * their histories a page at a time ({@link org.itilhis.ports.common.EventLog#histories}).
     */
    private SlaReport measuredReport(SlaPolicy policy, ReportScope scope, Instant now) {
        Map<TicketId, SlaMeasurement> measured = new LinkedHashMap<>();
        List<ClockWatch> watched = watches(Optional.empty());
        while (!watched.isEmpty()) {
            measureInto(measured, policy, watched.stream().map(ClockWatch::ticketId).toList(), now);
            watched = watched.size() < PAGE ? List.of() : watches(Optional.of(watched.get(watched.size() - 1).ticketId()));
        }
        TicketSearch raised = TicketSearch.all(TicketSearch.MAX_LIMIT).raisedWithin(scope.from(), scope.to());
        List<Ticket> page = ports.desk().tickets().search(raised);
        while (!page.isEmpty()) {
            measureInto(measured, policy, page.stream().map(Ticket::id).filter(id -> !measured.containsKey(id))
                    .toList(), now);
            page = page.size() < TicketSearch.MAX_LIMIT ? List.of()
                    : ports.desk().tickets().search(raised.after(QueuePosition.of(page.get(page.size() - 1))));
        }
        return SlaReport.of(measured.values(), scope);
    }

    /** Measures the tickets {@code ids} now, their histories read together, into {@code measured}. */
    private void measureInto(Map<TicketId, SlaMeasurement> measured, SlaPolicy policy, List<TicketId> ids,
                             Instant now) {
        SlaPolicies.histories(ports.desk().events(), ids)
                .forEach((id, history) -> measured.put(id, policy.measure(history, now)));
    }

    private List<ClockWatch> watches(Optional<TicketId> after) {
        return ports.desk().transactions().inTransaction(() -> ports.watches().list(after, PAGE));
    }

    private void authorise(Actor actor) {
        settings.access().check(checkNotNull(actor, "actor"), Permission.VIEW_SLA,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the SLA report");
    }

    /** The policy and its configuration's version, read once per request (catalogue and calendars). */
    private Configured configured() {
        return policies.configured().orElseThrow(SlaNotConfiguredException::new);
    }

    private SlaMeasurement measure(SlaPolicy policy, TicketId id, Instant now) {
        return policy.measure(SlaPolicies.history(ports.desk().events(), id), now);
    }
}
