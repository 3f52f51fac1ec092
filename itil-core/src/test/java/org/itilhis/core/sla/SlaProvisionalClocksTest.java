package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.sla.SlaTickets.AGENT;
import static org.itilhis.core.sla.SlaTickets.CALLER;
import static org.itilhis.core.sla.SlaTickets.DESKTOP;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;
import static org.itilhis.core.sla.SlaTickets.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.HolidayNotice;
import org.itilhis.core.calendar.HolidayNoticeFixture;
import org.itilhis.core.calendar.StatutoryHolidays;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * Clocks measured with a clock in late 2026, when 2027's arrangement is not loaded yet, and
 * after it is: marked provisional while they depend on 2027, official once it is loaded for
 * an open ticket, and as reported for a ticket closed before.
 */
class SlaProvisionalClocksTest {
    private static final Instant NOTICE_LOADED = shanghai("2027-01-05T09:00");

    private static final BusinessCalendar SHIPPED = ChinaMainland.officeHours();
    private static final CalendarPolicy CALENDARS = policy(CalendarVersions.of(SHIPPED).supersededFrom(NOTICE_LOADED,
            SHIPPED.withOfficialArrangement(2027, HolidayNotice.read(2027, HolidayNoticeFixture.ILLUSTRATIVE_2027,
                    StatutoryHolidays.chinaMainland()).rules())));

    private static CalendarPolicy policy(CalendarVersions office) {
        return CalendarPolicy.of(Map.of(ServiceCriticality.CLINICAL_CRITICAL,
                CalendarVersions.of(BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI)),
                ServiceCriticality.IMPORTANT, office, ServiceCriticality.GENERAL, office));
    }

    private static Instant shanghai(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BusinessCalendar.SHANGHAI).toInstant();
    }

    /** A P4 desktop incident (respond 2h, resolve 24h) raised on Thursday 31 December 2026 at 17:00. */
    private static Ticket raisedOnNewYearsEve() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, shanghai("2026-12-31T17:00"));
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, shanghai("2026-12-31T17:05"));
        return ticket;
    }

    private static SlaMeasurement measure(Ticket ticket, Instant now) {
        return SlaClocks.measure(history(ticket), SlaFixture.DESKTOP, CALENDARS, now);
    }

    @Test
    void inLateDecemberAClockReachingIntoNextYearIsProvisionalAndSaysWhy() {
        SlaMeasurement m = measure(raisedOnNewYearsEve(), shanghai("2026-12-31T17:20"));

        // 30m on Thursday, New Year's Day off provisionally, weekend, 1h30 on Monday 4 January
        assertThat(m.response().deadline()).contains(shanghai("2027-01-04T09:30"));
        assertThat(m.response().provisionalYears()).containsExactly(2027);
        assertThat(m.isProvisional()).isTrue();
        assertThat(m.response().explanation()).last().isEqualTo("provisional: depends on 2027, whose China "
                + "mainland holiday arrangement is not loaded (statutory holidays only, adjusted working days unknown)");
        assertThat(m.explain()).startsWith("desktop and printers, measured in China mainland office hours, "
                + "provisional for [2027]");
    }

    @Test
    void theSlaReportCountsTheTicketsMeasuredProvisionally() {
        SlaMeasurement provisional = measure(raisedOnNewYearsEve(), shanghai("2026-12-31T17:20"));

        SlaReport report = SlaReport.of(List.of(provisional),
                ReportScope.months(YearMonth.of(2026, 12), YearMonth.of(2026, 12), BusinessCalendar.SHANGHAI));

        assertThat(report.provisionalTickets()).isEqualTo(1);
        assertThat(report.provisionalYears()).containsExactly(2027);
        assertThat(report.describe()).contains("1 tickets are measured provisionally: the holiday arrangement of "
                + "[2027] is not loaded");
    }

    @Test
    void aClockWithinTheLoadedYearsIsNotProvisional() {
        Ticket ticket = SlaTickets.incident(SlaTickets.P4, shanghai("2026-12-28T09:00"));
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, shanghai("2026-12-28T09:05"));
        ticket.start(ENGINEER, shanghai("2026-12-28T09:10"));

        SlaMeasurement m = measure(ticket, shanghai("2026-12-28T09:20"));

        assertThat(m.response().isProvisional()).isFalse();
        assertThat(m.response().explanation()).noneMatch(line -> line.startsWith("provisional"));
        assertThat(m.resolution().deadline()).as("24h of office time, four days").contains(shanghai("2026-12-31T10:30"));
        assertThat(m.isProvisional()).isFalse();
    }

    @Test
    void anOpenTicketTakesTheOfficialArrangementOnceItIsLoaded() {
        Ticket ticket = raisedOnNewYearsEve();

        SlaMeasurement before = measure(ticket, NOTICE_LOADED.minusSeconds(60));
        SlaMeasurement after = measure(ticket, NOTICE_LOADED.plusSeconds(60));

        // 24h: 30m on Thursday, 7h30 on each of 4, 5 and 6 January, 1h on the 7th; the notice
        // changes nothing before then, but the figures are no longer provisional
        assertThat(before.resolution().deadline()).contains(shanghai("2027-01-07T09:00"));
        assertThat(after.resolution().deadline()).isEqualTo(before.resolution().deadline());
        assertThat(before.resolution().isProvisional()).isTrue();
        assertThat(after.resolution().isProvisional()).isFalse();
        assertThat(after.resolution().explanation()).noneMatch(line -> line.startsWith("provisional"));
    }

    @Test
    void aTicketClosedBeforeTheNoticeWasLoadedKeepsItsFiguresAsReported() {
        Ticket ticket = raisedOnNewYearsEve();
        ticket.start(ENGINEER, shanghai("2027-01-04T08:30"));
        ticket.resolve(ResolutionCode.FIXED, "paper path cleaned", ENGINEER, shanghai("2027-01-04T10:00"));
        ticket.confirm(CALLER, shanghai("2027-01-04T11:00"));

        SlaMeasurement whenClosed = measure(ticket, shanghai("2027-01-04T11:00"));
        SlaMeasurement later = measure(ticket, shanghai("2027-03-01T09:00"));

        assertThat(later.resolution().provisionalYears()).containsExactly(2027);
        assertThat(later.resolution().elapsed()).isEqualTo(whenClosed.resolution().elapsed());
        assertThat(later.resolution().deadline()).isEqualTo(whenClosed.resolution().deadline());
        assertThat(later.resolution().explanation().get(later.resolution().explanation().size() - 1))
                .startsWith("provisional: depends on 2027");
    }
}
