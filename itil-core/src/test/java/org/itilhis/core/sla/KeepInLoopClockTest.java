package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.sla.SlaFixture.T0;
import static org.itilhis.core.sla.SlaFixture.t;
import static org.itilhis.core.sla.SlaTickets.AGENT;
import static org.itilhis.core.sla.SlaTickets.CALLER;
import static org.itilhis.core.sla.SlaTickets.DESKTOP;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;
import static org.itilhis.core.sla.SlaTickets.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

/** The keep-in-loop clock, with figures worked out by hand; P2 of the standard SLA keeps the caller in the loop every 2h. */
class KeepInLoopClockTest {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();
    private static SlaClock keepInLoop(Ticket ticket, ServiceCatalogueEntry service, Instant now) {
        return SlaClocks.measure(history(ticket), service, CALENDARS, now).keepInLoop();
    }

    /** Raised at T0, assigned at +5m, started at +10m. */
    private static Ticket startedP2() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, t(5));
        ticket.start(ENGINEER, t(10));
        return ticket;
    }

    @Test
    void aCallerUpdateRestartsTheClock() {
        Ticket ticket = startedP2();
        ticket.updateCaller("the engineer is on the way", ENGINEER, t(60));

        SlaClock clock = keepInLoop(ticket, SlaFixture.HIS_OUTPATIENT, t(150));

        assertThat(clock.kind()).isEqualTo(ClockKind.KEEP_IN_LOOP);
        assertThat(clock.target()).isEqualTo(Duration.ofHours(2));
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.startedAt()).isEqualTo(t(60));
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(clock.percent()).isEqualTo(75);
        assertThat(clock.crossedWarnings()).containsExactly(50, 75);
        assertThat(clock.deadline()).contains(t(180));
        assertThat(clock.nextThresholdAt()).contains(t(180).plusSeconds(1));
        assertThat(clock.explanation()).contains("restarted 2026-03-02 10:00:00: caller updated: the engineer is on the way");
    }

    @Test
    void assigningAndStartingDoNotUpdateTheCallerSoTheClockBreachesAfterItsInterval() {
        SlaClock clock = keepInLoop(startedP2(), SlaFixture.HIS_OUTPATIENT, t(121));

        assertThat(clock.startedAt()).isEqualTo(T0);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(121));
        assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void aHoldAwaitingTheCallerCountsAsAnUpdateAndAHoldForTheVendorDoesNot() {
        Ticket awaitingCaller = startedP2();
        awaitingCaller.hold(HoldReason.AWAITING_CALLER, "which terminal?", ENGINEER, t(100));
        Ticket awaitingVendor = startedP2();
        awaitingVendor.hold(HoldReason.AWAITING_VENDOR, "", ENGINEER, t(100));

        SlaClock asked = keepInLoop(awaitingCaller, SlaFixture.HIS_OUTPATIENT, t(130));
        SlaClock silent = keepInLoop(awaitingVendor, SlaFixture.HIS_OUTPATIENT, t(130));

        assertThat(asked.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(asked.state()).isEqualTo(ClockState.RUNNING);
        assertThat(silent.elapsed()).isEqualTo(Duration.ofMinutes(130));
        assertThat(silent.state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void resolutionStopsTheClockLaterUpdatesDoNotRestartItAndAReopenDoes() {
        Ticket ticket = startedP2();
        ticket.updateCaller("found it", ENGINEER, t(30));
        ticket.resolve(ResolutionCode.FIXED, "new roller", ENGINEER, t(90));
        ticket.updateCaller("please confirm", AGENT, t(120));

        SlaClock resolved = keepInLoop(ticket, SlaFixture.HIS_OUTPATIENT, t(600));
        ticket.reopen("jams again", CALLER, t(600));
        SlaClock reopened = keepInLoop(ticket, SlaFixture.HIS_OUTPATIENT, t(630));

        assertThat(resolved.state()).isEqualTo(ClockState.MET);
        assertThat(resolved.elapsed()).isEqualTo(Duration.ofMinutes(60));
        assertThat(resolved.stoppedAt()).contains(t(90));
        assertThat(resolved.deadline()).contains(t(150));
        assertThat(reopened.state()).isEqualTo(ClockState.RUNNING);
        assertThat(reopened.startedAt()).isEqualTo(t(600));
        assertThat(reopened.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(reopened.stoppedAt()).isEmpty();
    }

    @Test
    void aLongSilenceBeforeTheResolutionLeavesTheClockBreached() {
        Ticket ticket = startedP2();
        ticket.resolve(ResolutionCode.FIXED, "new roller", ENGINEER, t(150));

        SlaClock clock = keepInLoop(ticket, SlaFixture.HIS_OUTPATIENT, t(600));

        assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(clock.stoppedAt()).contains(t(150));
    }

    @Test
    void cancellingCancelsTheClock() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.cancel("raised twice", AGENT, t(50));

        SlaClock clock = keepInLoop(ticket, SlaFixture.HIS_OUTPATIENT, t(300));

        assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(50));
        assertThat(clock.deadline()).isEmpty();
    }

    @Test
    void inOfficeHoursOnlyWorkingTimeCounts() {
        Ticket ticket = startedP2();
        ticket.updateCaller("ordering a part", ENGINEER, t(120)); // Monday 11:00

        // 11:00-12:00 and 14:00-14:30: 1h30 of the 2h interval; its end falls at 15:00
        SlaClock at1430 = keepInLoop(ticket, SlaFixture.DESKTOP, t(330));
        // 11:00-12:00 and 14:00-15:30: 2h30
        SlaClock at1530 = keepInLoop(ticket, SlaFixture.DESKTOP, t(390));

        assertThat(at1430.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(at1430.state()).isEqualTo(ClockState.RUNNING);
        assertThat(at1430.deadline()).contains(t(360));
        assertThat(at1530.elapsed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(at1530.state()).isEqualTo(ClockState.BREACHED);
    }
}
