package org.itilhis.ports.servicelevel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.core.sla.ServiceLevelAgreement;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaTargets;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.in.SlaNotConfiguredException;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/**
 * The monitor on the demo hospital: an HIS outpatient incident at P2 is measured 24x7
 * against 15 minutes to respond and 4 hours to resolve, warned at 50% and 75%.
 */
class SlaMonitorTest {
    private final Hospital hospital = new Hospital();
    private final ServiceLevels levels = hospital.desk.levels;

    private TicketView hisIncident() {
        return hospital.raise(hospital.nurseWangCalls("Outpatient registration freezes"), "his",
                "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED");
    }

    private List<ThresholdCrossed> escalations() {
        return hospital.log().stream().filter(ThresholdCrossed.class::isInstance).map(ThresholdCrossed.class::cast)
                .toList();
    }

    private List<SlaThreshold> thresholds() {
        return escalations().stream().map(ThresholdCrossed::threshold).toList();
    }

    @Test
    void nothingIsWatchedOrEscalatedBeforeTheServiceLevelsAreConfigured() {
        TicketView ticket = hisIncident();
        hospital.later(Duration.ofDays(2));

        assertThat(levels.monitor().run()).isEqualTo(new SlaMonitor.Run(0, 0));
        assertThat(hospital.desk.watches.find(ticket.id())).isEmpty();
        assertThatThrownBy(() -> levels.queries().clocks(DemoHospital.AGENT_CHEN, ticket.id()))
                .isInstanceOf(SlaNotConfiguredException.class);
    }

    @Test
    void eachThresholdIsEscalatedOnceWhenItIsCrossedAndItsGroupLeadIsTold() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident();
        assertThat(levels.monitor().run().escalations()).isZero();
        assertThat(hospital.desk.watches.find(ticket.id()).orElseThrow().nextCheckAt())
                .contains(ticket.raisedAt().plus(Duration.ofSeconds(450))); // 50% of 15 minutes

        hospital.later(Duration.ofSeconds(449));
        assertThat(levels.monitor().run().escalations()).isZero();
        hospital.later(Duration.ofSeconds(1));
        assertThat(levels.monitor().run().escalations()).isEqualTo(1);
        assertThat(levels.monitor().run().escalations()).isZero();
        hospital.later(Duration.ofMinutes(10));
        levels.monitor().run();

        assertThat(thresholds()).containsExactly(new SlaThreshold(ClockKind.RESPONSE, 50),
                new SlaThreshold(ClockKind.RESPONSE, 75), SlaThreshold.breach(ClockKind.RESPONSE));
        assertThat(hospital.notifications()).filteredOn(n -> n.topic().equals("sla.threshold-crossed"))
                .extracting(Notification::recipient).containsOnly(DemoHospital.LEAD_SUN.staffId()).hasSize(3);
    }

    @Test
    void aMissedRunCatchesUpEveryThresholdCrossedMeanwhileWithoutRepeatingAny() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident();
        hospital.handle(new TicketCommand.Accept(DemoHospital.LEAD_SUN, ticket.id(), ticket.version()));

        hospital.later(Duration.ofHours(5));
        SlaMonitor.Run run = levels.monitor().run();

        // resolution in 4 hours, the caller updated every hour: both run out
        assertThat(run.escalations()).isEqualTo(6);
        assertThat(thresholds()).containsExactly(new SlaThreshold(ClockKind.RESOLUTION, 50),
                new SlaThreshold(ClockKind.RESOLUTION, 75), SlaThreshold.breach(ClockKind.RESOLUTION),
                new SlaThreshold(ClockKind.KEEP_IN_LOOP, 50), new SlaThreshold(ClockKind.KEEP_IN_LOOP, 75),
                SlaThreshold.breach(ClockKind.KEEP_IN_LOOP));
        assertThat(levels.monitor().run().escalations()).isZero();
    }

    @Test
    void aRaisedPriorityThatPutsATicketPastAThresholdIsEscalatedAtTheNextRun() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hospital.raise(hospital.nurseWangCalls("Outpatient screen flickers"), "his",
                "ONE_PERSON", "NO_CLINICAL_EFFECT"); // P5: 2 hours to respond
        levels.monitor().run();
        hospital.later(Duration.ofMinutes(20));
        assertThat(levels.monitor().run().escalations()).isZero();

        hospital.handle(new TicketCommand.Reprioritise(DemoHospital.AGENT_CHEN, ticket.id(), ticket.version(),
                "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED", ServiceCriticality.CLINICAL_CRITICAL,
                "the whole hall is affected"));
        SlaMonitor.Run run = levels.monitor().run();

        // P1 on a clinical-critical service: 10 minutes to respond and 30 to update the caller; 20 have passed
        assertThat(run.escalations()).isEqualTo(4);
        assertThat(thresholds()).containsExactly(new SlaThreshold(ClockKind.RESPONSE, 50),
                new SlaThreshold(ClockKind.RESPONSE, 75), SlaThreshold.breach(ClockKind.RESPONSE),
                new SlaThreshold(ClockKind.KEEP_IN_LOOP, 50));
    }

    @Test
    void everySilenceTowardsTheCallerIsEscalatedOnItsOwn() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident(); // P2: the caller is to hear from us every hour
        TicketView accepted = hospital.handle(new TicketCommand.Accept(DemoHospital.LEAD_SUN, ticket.id(),
                ticket.version()));
        hospital.later(Duration.ofMinutes(50));
        levels.monitor().run();
        hospital.handle(new TicketCommand.UpdateCaller(DemoHospital.LEAD_SUN, ticket.id(), accepted.version(),
                "A technician is on the way"));
        hospital.later(Duration.ofMinutes(50));
        levels.monitor().run();

        List<ThresholdCrossed> silences = escalations().stream()
                .filter(e -> e.threshold().clock() == ClockKind.KEEP_IN_LOOP).toList();
        assertThat(silences).extracting(ThresholdCrossed::threshold).containsExactly(
                new SlaThreshold(ClockKind.KEEP_IN_LOOP, 50), new SlaThreshold(ClockKind.KEEP_IN_LOOP, 75),
                new SlaThreshold(ClockKind.KEEP_IN_LOOP, 50), new SlaThreshold(ClockKind.KEEP_IN_LOOP, 75));
        assertThat(silences.get(2).clockStartedAt()).isEqualTo(ticket.raisedAt().plus(Duration.ofMinutes(50)));
    }

    @Test
    void closedTicketsAreNoLongerWatched() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident();
        levels.monitor().run();
        hospital.handle(new TicketCommand.Cancel(DemoHospital.AGENT_CHEN, ticket.id(), ticket.version(), "duplicate"));

        levels.monitor().run();

        assertThat(hospital.desk.watches.find(ticket.id())).isEmpty();
    }

    @Test
    void aTicketsClocksAreReadByThoseWhoMaySeeTheTicket() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident();
        hospital.later(Duration.ofMinutes(12));

        SlaMeasurement clocks = levels.queries().clocks(DemoHospital.NURSE_WANG, ticket.id());

        assertThat(clocks.service()).isEqualTo("HIS outpatient");
        assertThat(clocks.calendar()).isEqualTo("24x7");
        assertThat(clocks.response().state()).isEqualTo(ClockState.RUNNING);
        assertThat(clocks.response().elapsed()).isEqualTo(Duration.ofMinutes(12));
        assertThatThrownBy(() -> levels.queries().clocks(DemoHospital.CLERK_LI, ticket.id()))
                .isInstanceOf(TicketNotFoundException.class);
    }

    @Test
    void theAtRiskListShowsOpenTicketsPastAThresholdBreachedFirst() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView breached = hisIncident();
        hospital.later(Duration.ofMinutes(10));
        TicketView atRisk = hisIncident();
        hospital.later(Duration.ofMinutes(8));
        hisIncident(); // fresh: not at risk
        levels.monitor().run();

        List<SlaMeasurement> list = levels.queries().atRisk(DemoHospital.DIRECTOR_GAO);

        assertThat(list).extracting(SlaMeasurement::ticketId).containsExactly(breached.id(), atRisk.id());
        assertThatThrownBy(() -> levels.queries().atRisk(DemoHospital.NURSE_WANG))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theReportCountsTheTicketsRaisedInItsPeriodAndListsWhatIsBreachedNow() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView onTime = hisIncident();
        TicketView late = hisIncident();
        TicketView accepted = hospital.handle(new TicketCommand.Accept(DemoHospital.LEAD_SUN, onTime.id(),
                onTime.version()));
        TicketView started = hospital.handle(new TicketCommand.Start(DemoHospital.LEAD_SUN, onTime.id(),
                accepted.version()));
        hospital.later(Duration.ofMinutes(30));
        hospital.handle(new TicketCommand.Resolve(DemoHospital.LEAD_SUN, onTime.id(), started.version(),
                ResolutionCode.FIXED, "restarted the registration service"));
        levels.monitor().run();

        SlaReport report = levels.queries().report(DemoHospital.DIRECTOR_GAO,
                ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), BusinessCalendar.SHANGHAI));

        assertThat(report.overall().tickets()).isEqualTo(2);
        assertThat(report.overall().response().met()).isEqualTo(1);
        assertThat(report.overall().response().breached()).isEqualTo(1);
        assertThat(report.overall().resolution().met()).isEqualTo(1);
        assertThat(report.byService()).containsOnlyKeys("HIS outpatient");
        assertThat(report.breached()).extracting(alert -> alert.ticketId()).containsExactly(late.id());
        assertThatThrownBy(() -> levels.queries().report(DemoHospital.NURSE_WANG, report.scope()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aTighterTargetSavedLaterMovesTheNextCheckOfEveryWatchedTicket() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView ticket = hisIncident(); // P2 on HIS outpatient: 15 minutes to respond, warned at 7.5
        levels.monitor().run();
        SlaConfiguration stored = levels.administration().configuration(DemoHospital.DIRECTOR_GAO);
        ServiceCatalogueEntry his = stored.catalogue().service("HIS outpatient").orElseThrow();
        ServiceLevelAgreement tighter = ServiceLevelAgreement.of("clinical, tighter", ImmutableMap.of(
                Priority.P1, SlaTargets.of(5, 2, 30), Priority.P2, SlaTargets.of(5, 4, 60),
                Priority.P3, SlaTargets.of(30, 8, 120), Priority.P4, SlaTargets.of(60, 24, 240),
                Priority.P5, SlaTargets.of(120, 72, 480)), List.of(50, 75));
        levels.administration().saveConfiguration(DemoHospital.DIRECTOR_GAO, new SlaConfiguration(
                stored.catalogue().with(new ServiceCatalogueEntry(his.service(), his.criticality(), tighter)),
                stored.calendars(), stored.version()), "outpatient registration must be answered within 5 minutes");

        hospital.later(Duration.ofMinutes(3));
        levels.monitor().run();

        assertThat(thresholds()).containsExactly(new SlaThreshold(ClockKind.RESPONSE, 50));
        assertThat(hospital.desk.watches.find(ticket.id()).orElseThrow().nextCheckAt())
                .contains(ticket.raisedAt().plus(Duration.ofSeconds(225))); // 75% of 5 minutes
    }

    @Test
    void aNewCalendarVersionMustTakeEffectInTheFuture() {
        DemoHospital.configureServiceLevels(levels.administration());
        Instant now = hospital.desk.clock.instant();

        assertThatThrownBy(() -> levels.administration().addCalendarVersion(DemoHospital.DIRECTOR_GAO,
                DemoHospital.OFFICE_HOURS, now.minusSeconds(1), ChinaMainland.officeHours(), "back-dated"))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("effectiveFrom");
        assertThat(levels.administration().addCalendarVersion(DemoHospital.DIRECTOR_GAO, DemoHospital.OFFICE_HOURS,
                now.plusSeconds(3600), ChinaMainland.officeHours(), "next year's arrangement").versions()).hasSize(2);
    }

    /** Two nodes whose clocks disagree can log a ticket's events out of time order. */
    @Test
    void aTicketWhoseHistoryCannotBeMeasuredHoldsUpNoOther() {
        DemoHospital.configureServiceLevels(levels.administration());
        TicketView skewed = hisIncident();
        hospital.desk.transactions.inTransaction(() -> {
            hospital.desk.events.append(List.of(new TicketEvent.Accepted(skewed.id(), DemoHospital.LEAD_SUN.staffId(),
                    skewed.raisedAt().minusSeconds(30))));
            return null;
        });
        TicketView other = hisIncident();

        hospital.later(Duration.ofMinutes(10));
        levels.monitor().run();

        assertThat(escalations()).extracting(ThresholdCrossed::ticketId).containsOnly(other.id()).isNotEmpty();
    }
}
