package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.sla.SlaFixture.T0;
import static org.itilhis.core.sla.SlaFixture.t;
import static org.itilhis.core.sla.SlaTickets.AGENT;
import static org.itilhis.core.sla.SlaTickets.DESKTOP;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;
import static org.itilhis.core.sla.SlaTickets.HIS_SUPPORT;
import static org.itilhis.core.sla.SlaTickets.LEAD;
import static org.itilhis.core.sla.SlaTickets.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

class SlaClocksTest {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();
    private static SlaMeasurement measure(Ticket ticket, ServiceCatalogueEntry service, Instant now) {
        return SlaClocks.measure(history(ticket), service, CALENDARS, now);
    }

    /** Raised at T0 on HIS (24x7), assigned at +5m, started at +10m. */
    private static Ticket startedP2() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, t(5));
        ticket.start(ENGINEER, t(10));
        return ticket;
    }

    @Test
    void aP2IncidentOnTheRoundTheClockCalendar() {
        Ticket ticket = startedP2();

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(6 * 60));

        assertThat(m.calendar()).isEqualTo("24x7");
        assertThat(m.response().state()).isEqualTo(ClockState.MET);
        assertThat(m.response().elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(m.response().deadline()).contains(t(30));
        assertThat(m.resolution().state()).isEqualTo(ClockState.RUNNING);
        assertThat(m.resolution().elapsed()).isEqualTo(Duration.ofHours(6));
        assertThat(m.resolution().percent()).isEqualTo(75);
        assertThat(m.resolution().crossedWarnings()).containsExactly(50, 75);
        assertThat(m.resolution().deadline()).contains(t(8 * 60));
        assertThat(m.resolution().remaining()).isEqualTo(Duration.ofHours(2));
    }

    /**
     * A history stored before events were kept in order (ADR 0007): node B, its clock 5
     * minutes behind, started the ticket "before" node A assigned it. The start counts at the
     * assignment's time, and node B, measuring at its own earlier reading, still measures it.
     */
    @Test
    void anEventRecordedEarlierThanItsPredecessorCountsAtThePredecessorsTime() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, t(10));
        List<TicketEvent> history = new java.util.ArrayList<>(history(ticket));
        history.add(new TicketEvent.Started(ticket.id(), ENGINEER, t(5)));

        SlaMeasurement m = SlaClocks.measure(history, SlaFixture.HIS_OUTPATIENT, CALENDARS, t(8));

        assertThat(m.response().state()).isEqualTo(ClockState.MET);
        assertThat(m.response().elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(m.resolution().measuredAt()).isEqualTo(t(10));
    }

    @Test
    void anUnansweredTicketBreachesItsResponseTarget() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(31));

        assertThat(m.response().state()).isEqualTo(ClockState.BREACHED);
        assertThat(m.response().percent()).isEqualTo(103);
    }

    @Test
    void aP4DesktopTicketSkipsTheWeekendInOfficeHours() {
        // Friday 6 March 2026 17:00 in Shanghai; 2h of response: 30m on Friday, 1h30 on Monday
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, Instant.parse("2026-03-06T09:00:00Z"));

        SlaMeasurement m = measure(ticket, SlaFixture.DESKTOP, Instant.parse("2026-03-08T04:00:00Z"));

        assertThat(m.response().deadline()).contains(Instant.parse("2026-03-09T01:30:00Z")); // Mon 09:30
        assertThat(m.response().elapsed()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aP4DesktopTicketAcrossTheSpringFestivalCountsOnlyWorkingDays() {
        // Friday 13 Feb 2026 15:00: 2h30 Friday, 7h30 on the worked Saturday 14th, the holiday
        // 15th-23rd counts nothing, 7h30 on Tuesday 24th, then 6h30 on Wednesday 25th: 16:30.
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, Instant.parse("2026-02-13T07:00:00Z"));

        SlaMeasurement m = measure(ticket, SlaFixture.DESKTOP, Instant.parse("2026-02-24T04:00:00Z"));

        assertThat(m.resolution().deadline()).contains(Instant.parse("2026-02-25T08:30:00Z"));
        // up to Tue 24 12:00: 2h30 + 7h30 + 4h
        assertThat(m.resolution().elapsed()).isEqualTo(Duration.ofHours(14));
        assertThat(m.resolution().crossedWarnings()).containsExactly(50);
    }

    @Test
    void aHoldAwaitingTheVendorPausesTheResolutionClock() {
        Ticket ticket = startedP2();
        ticket.hold(HoldReason.AWAITING_VENDOR, "replacement board ordered", ENGINEER, t(60));

        SlaMeasurement paused = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(120));
        ticket.resume(ENGINEER, t(180));
        SlaMeasurement resumed = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(240));

        assertThat(paused.resolution().state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.resolution().elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.resolution().deadline()).isEmpty();
        assertThat(resumed.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(resumed.resolution().deadline()).contains(t(10 * 60));
        assertThat(resumed.resolution().explain()).contains("paused 2026-03-02 10:00:00: on hold, AWAITING_VENDOR",
                "replacement board ordered", "resumed 2026-03-02 12:00:00");
    }

    @Test
    void aHoldAwaitingAChangeDoesNotPauseTheClock() {
        Ticket ticket = startedP2();
        ticket.hold(HoldReason.AWAITING_CHANGE, "", ENGINEER, t(60));
        ticket.resume(ENGINEER, t(180));

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(240));

        assertThat(m.resolution().state()).isEqualTo(ClockState.RUNNING);
        assertThat(m.resolution().elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(m.resolution().deadline()).contains(t(8 * 60));
        assertThat(m.resolution().explain()).contains("AWAITING_CHANGE: does not pause the clock");
    }

    @Test
    void reopeningResumesTheResolutionClock() {
        Ticket ticket = startedP2();
        ticket.resolve(ResolutionCode.FIXED, "board replaced", ENGINEER, t(120));

        SlaMeasurement resolved = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(240));
        ticket.reopen("fails again", SlaTickets.CALLER, t(300));
        SlaMeasurement reopened = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(360));

        assertThat(resolved.resolution().state()).isEqualTo(ClockState.MET);
        assertThat(resolved.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(resolved.resolution().stoppedAt()).contains(t(120));
        assertThat(resolved.resolution().deadline()).contains(t(8 * 60));
        assertThat(reopened.resolution().state()).isEqualTo(ClockState.RUNNING);
        assertThat(reopened.resolution().elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(reopened.resolution().deadline()).contains(t(11 * 60));
        assertThat(reopened.resolution().explain()).contains("resumed 2026-03-02 14:00:00: reopened, fails again");
    }

    @Test
    void raisingThePriorityRecomputesTheDeadlineFromTheOriginalStart() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, T0);
        ticket.overridePriority(new PriorityOverride(Priority.P2, "ward cannot discharge", LEAD, t(120)), LEAD, t(120));

        SlaMeasurement running = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(180));
        SlaMeasurement late = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(9 * 60));

        assertThat(running.resolution().priority()).isEqualTo(Priority.P2);
        assertThat(running.resolution().target()).isEqualTo(Duration.ofHours(8));
        assertThat(running.resolution().deadline()).contains(t(8 * 60));
        assertThat(running.resolution().explain()).contains("priority P4 -> P2 2026-03-02 11:00:00");
        assertThat(late.resolution().state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void declaringAMajorIncidentTightensTheTargetToP1() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, T0);
        ticket.declareMajorIncident(SlaTickets.MAJOR, "HIS down in all wards", LEAD, t(30));

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(60));

        assertThat(m.resolution().priority()).isEqualTo(Priority.P1);
        assertThat(m.resolution().deadline()).contains(t(4 * 60));
        assertThat(m.response().state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void anEscalationYieldsTwoOlaSegmentsThatSumToTheHeldTime() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.escalate(HIS_SUPPORT, "needs the HIS team", AGENT, t(120));

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(300));

        assertThat(m.segments()).containsExactly(
                new OlaSegment(DESKTOP, T0, t(120), Duration.ofHours(2)),
                new OlaSegment(HIS_SUPPORT, t(120), t(300), Duration.ofHours(3)));
        assertThat(m.segmentTotal()).isEqualTo(m.resolution().elapsed()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void cancellingStopsBothClocksAsCancelled() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.cancel("logged twice", AGENT, t(45));

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(600));

        assertThat(List.of(m.response().state(), m.resolution().state()))
                .containsExactly(ClockState.CANCELLED, ClockState.CANCELLED);
        assertThat(m.resolution().elapsed()).isEqualTo(Duration.ofMinutes(45));
        assertThat(m.resolution().stoppedAt()).contains(t(45));
    }

    @Test
    void theCalendarVersionInForceAtRaisingMeasuresTheTicket() {
        CalendarVersions revised = CALENDARS.calendarsFor(
                ServiceCriticality.GENERAL).supersededFrom(t(60),
                BusinessCalendar.twentyFourSeven(
                        BusinessCalendar.SHANGHAI));
        CalendarPolicy policy = CalendarPolicy.of(Map.of(
                ServiceCriticality.GENERAL, revised,
                ServiceCriticality.IMPORTANT, revised,
                ServiceCriticality.CLINICAL_CRITICAL, revised));
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, T0);

        SlaMeasurement m = SlaClocks.measure(history(ticket), SlaFixture.DESKTOP, policy, t(5 * 60));

        assertThat(m.calendar()).isEqualTo("China mainland office hours");
        assertThat(m.resolution().elapsed()).isEqualTo(Duration.ofHours(3)); // 09:00-12:00, lunch not counted
    }

    @Test
    void theExplanationTellsTheWholeStoryInLocalTime() {
        Ticket ticket = startedP2();
        ticket.hold(HoldReason.AWAITING_CALLER, "caller in theatre", ENGINEER, t(60));
        ticket.resume(ENGINEER, t(90));
        ticket.escalate(HIS_SUPPORT, "needs the HIS team", ENGINEER, t(120));
        ticket.overridePriority(new PriorityOverride(Priority.P1, "all wards", LEAD, t(150)), LEAD, t(150));

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, t(180));

        assertThat(m.resolution().explanation()).containsExactly(
                "resolution clock started 2026-03-02 09:00:00 when raised (P2, group desktop-first-line)",
                "paused 2026-03-02 10:00:00: on hold, AWAITING_CALLER (caller in theatre)",
                "resumed 2026-03-02 10:30:00: work continues",
                "escalated to group his-second-line 2026-03-02 11:00:00 (OLA segment of desktop-first-line ends)",
                "priority P2 -> P1 2026-03-02 11:30:00 (ticket.priority-overridden): target becomes respond 15m,"
                        + " resolve 4h, measured from the original start",
                "RUNNING at 2026-03-02 12:00:00: 2h 30m of 4h (62%) for P1, deadline 2026-03-02 13:30:00"
                        + " (Asia/Shanghai)");
        assertThat(m.response().explanation()).containsExactly(
                "response clock started 2026-03-02 09:00:00 when raised (P2, group desktop-first-line)",
                "met 2026-03-02 09:10:00: first started",
                "MET at 2026-03-02 12:00:00: 10m of 15m (66%) for P1, deadline 2026-03-02 09:15:00 (Asia/Shanghai)");
    }

    @Test
    void eventsOfAnotherTicketAreRejected() {
        Ticket one = SlaTickets.incident(SlaTickets.P2, T0);
        Ticket other = Ticket.replay(List.of(new TicketEvent.Raised(
                new TicketId(new UUID(9, 9)), one.number(),
                one.type(), one.details(), one.assessment(), DESKTOP, "", Optional.empty(), AGENT, T0)));
        other.accept(ENGINEER, t(1));
        List<TicketEvent> mixed = List.of(history(one).get(0), other.pendingEvents().get(0));

        assertThatThrownBy(
                () -> SlaClocks.measure(mixed, SlaFixture.HIS_OUTPATIENT, CALENDARS, t(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another ticket");
    }

    @Test
    void aTicketCancelledTheMomentItWasRaisedStillHasItsFirstGroupsSegment() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.cancel("logged in error", AGENT, T0);

        SlaMeasurement m = measure(ticket, SlaFixture.HIS_OUTPATIENT, T0);

        assertThat(m.segments()).containsExactly(new OlaSegment(DESKTOP, T0, T0, Duration.ZERO));
        assertThat(m.resolution().state()).isEqualTo(ClockState.CANCELLED);
    }
}
