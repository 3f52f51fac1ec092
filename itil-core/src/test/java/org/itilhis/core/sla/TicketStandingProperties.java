package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.sla.TicketHistories.Scenario;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketStanding;

/**
 * A stored {@link TicketStanding} gives the report's figures at a later instant: within its
 * validity, and unless it may alert, advancing it is the same as measuring the history again
 * (what lets the SLA report read standings instead of measuring every ticket, issue 12).
 */
class TicketStandingProperties {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();

    @Provide
    Arbitrary<Duration> later() {
        return Arbitraries.longs().between(0, Duration.ofDays(20).getSeconds()).map(Duration::ofSeconds);
    }

    @Provide
    Arbitrary<ServiceCatalogueEntry> services() {
        return Arbitraries.of(SlaFixture.HIS_OUTPATIENT, SlaFixture.DESKTOP);
    }

    @Property(tries = 3000)
    void aStandingAdvancedWithinItsValidityIsTheStandingOfAFreshMeasurement(
            @ForAll("scenarios") Scenario scenario, @ForAll("services") ServiceCatalogueEntry service,
            @ForAll("later") Duration wait) {
        SlaMeasurement measured = SlaClocks.measure(scenario.history(), service, CALENDARS, scenario.now());
        TicketStanding standing = TicketStanding.of(measured);
        Instant raisedAt = standing.raisedAt();
        Instant later = standing.measuredAt().plus(wait);
        BusinessCalendar calendar = CALENDARS.calendarFor(service, raisedAt, later);
        Optional<Instant> validUntil = TicketStanding.validUntil(measured, calendar.zone());
        boolean valid = !standing.mayAlert() && validUntil.map(later::isBefore).orElse(true);
        Statistics.label("advanced").collect(standing.mayAlert() ? "may alert" : !valid ? "expired"
                : standing.counting() ? "valid, counting" : "valid, not counting");
        if (valid) {
            SlaMeasurement again = SlaClocks.measure(scenario.history(), service, CALENDARS, later);
            assertThat(standing.at(later, () -> calendar)).isEqualTo(TicketStanding.of(again));
        }
    }

    @Property(tries = 1000)
    void aStandingMayAlertExactlyWhenTheReportListsItsTicket(
            @ForAll("scenarios") Scenario scenario, @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement measured = SlaClocks.measure(scenario.history(), service, CALENDARS, scenario.now());
        SlaReport report = SlaReport.of(List.of(measured), ReportScope.of(Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2090-01-01T00:00:00Z"), PeriodUnit.CALENDAR_MONTH, BusinessCalendar.SHANGHAI));
        boolean listed = !report.atRisk().isEmpty() || !report.breached().isEmpty();
        Statistics.label("listed").collect(listed);
        assertThat(TicketStanding.of(measured).mayAlert()).isEqualTo(listed);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return TicketHistories.scenarios();
    }
}
