package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.sla.SlaFixture.T0;
import static org.itilhis.core.sla.SlaFixture.t;
import static org.itilhis.core.sla.SlaTickets.AGENT;
import static org.itilhis.core.sla.SlaTickets.DESKTOP;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;
import static org.itilhis.core.sla.SlaTickets.HIS_SUPPORT;
import static org.itilhis.core.sla.SlaTickets.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.sla.report.HeldSegment;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * Examples of a {@link TicketStanding} taken at the instant a ticket was handed over and
 * stopped or paused: the group it was handed to holds the last, empty, segment, as it does
 * when the ticket is measured a moment later, so the stored standing advanced to then is
 * that measurement's standing ({@link TicketStandingProperties} checks it for random histories).
 */
class TicketStandingTest {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();
    private static final ServiceCatalogueEntry SERVICE = SlaFixture.HIS_OUTPATIENT;

    @Test
    void aTicketHandedOverAndCancelledInTheSameInstantEndsWithItsNewGroupsEmptySegment() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.escalate(HIS_SUPPORT, "needs the HIS team", AGENT, t(5));
        ticket.cancel("logged twice", AGENT, t(5));

        TicketStanding standing = standingOf(ticket, t(5));

        assertThat(standing.segments()).containsExactly(
                new HeldSegment(DESKTOP, Duration.ofMinutes(5)), new HeldSegment(HIS_SUPPORT, Duration.ZERO));
        assertThat(standing.groupAtEnd()).isEqualTo(HIS_SUPPORT);
        assertThat(advanced(standing, t(6))).isEqualTo(standingOf(ticket, t(6)));
    }

    @Test
    void aTicketHandedOverAndResolvedInTheSameInstantEndsWithItsNewGroupsEmptySegment() {
        Ticket ticket = startedOnTheDesk();
        ticket.assign(HIS_SUPPORT, Optional.of(ENGINEER), SupportTier.SECOND_LINE, AGENT, t(20));
        ticket.start(ENGINEER, t(20));
        ticket.resolve(ResolutionCode.FIXED, "printer reset", ENGINEER, t(20));

        TicketStanding standing = standingOf(ticket, t(20));

        assertThat(standing.groupAtEnd()).isEqualTo(HIS_SUPPORT);
        assertThat(advanced(standing, t(21))).isEqualTo(standingOf(ticket, t(21)));
    }

    @Test
    void aTicketHandedOverAndPausedInTheSameInstantEndsWithItsNewGroupsEmptySegment() {
        Ticket ticket = startedOnTheDesk();
        ticket.assign(HIS_SUPPORT, Optional.of(ENGINEER), SupportTier.SECOND_LINE, AGENT, t(20));
        ticket.start(ENGINEER, t(20));
        ticket.hold(HoldReason.AWAITING_VENDOR, "replacement board ordered", ENGINEER, t(20));

        TicketStanding standing = standingOf(ticket, t(20));

        assertThat(standing.groupAtEnd()).isEqualTo(HIS_SUPPORT);
        assertThat(standing.counting()).isFalse();
        assertThat(advanced(standing, t(21))).isEqualTo(standingOf(ticket, t(21)));
    }

    /** Raised at T0 on HIS (24x7) with the desktop group, started there at +10m. */
    private static Ticket startedOnTheDesk() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P2, T0);
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, t(5));
        ticket.start(ENGINEER, t(10));
        return ticket;
    }

    private static TicketStanding standingOf(Ticket ticket, Instant now) {
        return TicketStanding.of(SlaClocks.measure(history(ticket), SERVICE, CALENDARS, now));
    }

    private static TicketStanding advanced(TicketStanding standing, Instant now) {
        return standing.at(now, () -> CALENDARS.calendarFor(SERVICE, standing.raisedAt(), now));
    }
}
