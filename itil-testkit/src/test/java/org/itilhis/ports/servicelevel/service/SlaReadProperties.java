package org.itilhis.ports.servicelevel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.itilhis.testkit.DemoHospital;

/**
 * The report measures every ticket it covers as measuring them one by one does, and the
 * at-risk list served from the watch list ({@link SlaWatchList#atRiskOrDue} candidates,
 * measured) is the list measuring every ticket gives, after any history: tickets raised at
 * random priorities, accepted, put on hold and resumed, resolved and reopened, closed or
 * cancelled, the caller kept in the loop, time passing by minutes or hours, and the monitor run
 * now and then (or not).
 */
class SlaReadProperties {
    private static final List<String[]> KINDS = List.of(
            new String[] {"his", "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED"},
            new String[] {"printer", "ONE_DEPARTMENT", "DEGRADED"},
            new String[] {"network", "SEVERAL_DEPARTMENTS", "SEVERELY_DEGRADED"},
            new String[] {"printer", "ONE_PERSON", "NO_CLINICAL_EFFECT"});

    /** One step: what to do, to which ticket (an index into those raised), and how long to wait after. */
    record Step(int action, int ticket, int minutes) {
    }

    @Property(tries = 150)
    void theAtRiskListAndTheReportAreWhatMeasuringEveryTicketGives(@ForAll("histories") List<Step> steps) {
        Hospital hospital = new Hospital();
        ServiceLevels levels = hospital.desk.levels;
        DemoHospital.configureServiceLevels(levels.administration());
        List<TicketId> raised = new ArrayList<>();
        for (Step step : steps) {
            apply(hospital, levels, raised, step);
            hospital.later(Duration.ofMinutes(step.minutes()));
            if (step.action() % 5 == 0) {
                assertThat(served(levels)).isEqualTo(everyTicketMeasured(hospital, raised));
                assertReportsAreWhatMeasuringEveryTicketGives(hospital, levels, raised);
            }
        }
        assertThat(served(levels)).isEqualTo(everyTicketMeasured(hospital, raised));
        assertReportsAreWhatMeasuringEveryTicketGives(hospital, levels, raised);
        Statistics.label("some ticket closed or cancelled")
                .collect(raised.stream().anyMatch(id -> !isOpen(hospital.stored(id).status())));
    }

    /**
     * The report of March, and of the day around now (cutting into the tickets), served from
     * the standings the monitor keeps: the same as measuring every open ticket (neither closed
     * nor cancelled) and every ticket raised in the range.
     */
    private static void assertReportsAreWhatMeasuringEveryTicketGives(Hospital hospital, ServiceLevels levels,
                                                                      List<TicketId> raised) {
        Instant now = hospital.desk.clock.instant();
        for (ReportScope scope : List.of(
                ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), BusinessCalendar.SHANGHAI),
                ReportScope.of(now.minus(Duration.ofHours(20)), now.plus(Duration.ofHours(4)), PeriodUnit.DAY,
                        BusinessCalendar.SHANGHAI))) {
            List<SlaMeasurement> covered = measuredNow(hospital, raised).stream()
                    .filter(m -> isOpen(hospital.stored(m.ticketId()).status()) || scope.contains(m.response().startedAt()))
                    .toList();
            assertThat(levels.queries().report(DemoHospital.DIRECTOR_GAO, scope))
                    .isEqualTo(SlaReport.of(covered, scope));
        }
    }

    private static boolean isOpen(TicketStatus status) {
        return status != TicketStatus.CLOSED && status != TicketStatus.CANCELLED;
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 30), Arbitraries.frequencyOf(
                        Tuple.of(6, Arbitraries.integers().between(0, 10)),
                        Tuple.of(3, Arbitraries.integers().between(10, 120)),
                        Tuple.of(1, Arbitraries.integers().between(120, 2000))))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    private static void apply(Hospital hospital, ServiceLevels levels, List<TicketId> raised, Step step) {
        if (step.action() <= 2 || raised.isEmpty()) {
            String[] kind = KINDS.get(step.ticket() % KINDS.size());
            raised.add(hospital.raise(hospital.nurseWangCalls("calls about " + kind[0]), kind[0], kind[1], kind[2])
                    .id());
            return;
        }
        if (step.action() == 9) {
            levels.monitor().run();
            return;
        }
        TicketId id = raised.get(step.ticket() % raised.size());
        if (step.action() == 10) {
            hospital.later(Duration.ofDays(3)); // the quiet period after a resolution, before the system closes
        }
        long version = hospital.stored(id).version();
        TicketCommand command = switch (step.action()) {
            case 3 -> new TicketCommand.Accept(DemoHospital.LEAD_SUN, id, version);
            case 4 -> new TicketCommand.Hold(DemoHospital.LEAD_SUN, id, version, HoldReason.AWAITING_VENDOR, "parts");
            case 5 -> new TicketCommand.Resume(DemoHospital.LEAD_SUN, id, version);
            case 6 -> new TicketCommand.UpdateCaller(DemoHospital.LEAD_SUN, id, version, "on it");
            case 7 -> new TicketCommand.Resolve(DemoHospital.LEAD_SUN, id, version, ResolutionCode.FIXED, "fixed");
            case 10 -> new TicketCommand.Close(Actor.system(), id, version);
            case 11 -> new TicketCommand.Cancel(DemoHospital.NURSE_WANG, id, version, "raised twice");
            default -> new TicketCommand.Reopen(DemoHospital.NURSE_WANG, id, version, "again");
        };
        try {
            hospital.handle(command);
        } catch (DomainException refused) {
            // a step the ticket's state does not allow: the history goes on without it
        }
    }

    private static List<TicketId> served(ServiceLevels levels) {
        return levels.queries().atRisk(DemoHospital.DIRECTOR_GAO).stream().map(SlaMeasurement::ticketId).toList();
    }

    /** The answer before the watch list served it: every ticket measured from its history, now. */
    private static List<TicketId> everyTicketMeasured(Hospital hospital, List<TicketId> raised) {
        return measuredNow(hospital, raised).stream()
                .filter(SlaMeasurement::isAtRisk)
                .sorted(SlaQueryService.MOST_URGENT_FIRST)
                .map(SlaMeasurement::ticketId)
                .toList();
    }

    /** Every ticket measured now from its own history, one at a time. */
    private static List<SlaMeasurement> measuredNow(Hospital hospital, List<TicketId> raised) {
        SlaPolicy policy = new SlaPolicies(hospital.desk.slaConfiguration).current().orElseThrow();
        Instant now = hospital.desk.clock.instant();
        return raised.stream().map(id -> policy.measure(SlaPolicies.history(hospital.desk.events, id), now)).toList();
    }
}
