package org.itilhis.ports.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.reporting.in.WorkloadFigures;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadRequest;
import org.itilhis.ports.reporting.in.WorkloadRow;
import org.itilhis.ports.reporting.out.FactFilter;
import org.itilhis.ports.reporting.out.FactSum;
import org.itilhis.ports.reporting.out.WorkloadFacts.Dimension;
import org.itilhis.testkit.DemoHospital;

/**
 * Over random event logs (tickets raised, moved between groups, accepted, escalated, resolved,
 * reopened, closed, rated and worked on, contacts logged and solved, SLA breaches, by known and
 * unknown staff, across April, Labour Day and May, projected in several runs) and random rosters:
 * the engineers' rows add up to the hospital's total, and so do the groups', the departments' and
 * the months'; each group's figure is the sum of its engineers' work in it; the counters are the
 * events counted; and every row's time splits into normal, overtime and holiday time that add up
 * to its minutes worked.
 */
class WorkloadSumsProperties {
    private static final List<StaffId> STAFF = List.of(DemoHospital.ENGINEER_LIU.staffId(),
            DemoHospital.ENGINEER_ZHOU.staffId(), DemoHospital.LEAD_SUN.staffId(), DemoHospital.SPECIALIST_HUANG.staffId(),
            DemoHospital.AGENT_CHEN.staffId(), StaffId.of("X9999"));
    private static final List<GroupId> GROUPS = List.of(DemoHospital.DESKTOP, DemoHospital.NETWORK,
            DemoHospital.HIS_SUPPORT);
    private static final List<DepartmentId> CALLERS = List.of(DemoHospital.WARD_5_EAST, DemoHospital.RADIOLOGY,
            DemoHospital.OUTPATIENT);
    private static final Instant START = Instant.parse("2026-04-27T00:00:00Z");
    private static final WorkloadRequest SPRING = new WorkloadRequest(LocalDate.parse("2026-04-01"),
            LocalDate.parse("2026-07-01"));

    enum Kind { ASSIGN, ACCEPT, ESCALATE, RESOLVE, REOPEN, CLOSE, RATE, WORK, CONTACT, SOLVE_CONTACT, BREACH }

    record Step(Kind kind, int ticket, int staff, int group, int caller, int hours, int minutes, int score) {
    }

    record Shift(int staff, int group, ShiftKind kind, int startHour, int hours) {
    }

    @Property(tries = 1000)
    void everyViewAddsUpToTheTotalAndEachGroupToItsEngineers(@ForAll("steps") List<Step> steps,
                                                              @ForAll("shifts") List<Shift> shifts,
                                                              @ForAll("cuts") List<Integer> cuts) {
        WorkloadHospital workload = new WorkloadHospital();
        shifts.forEach(s -> workload.rosters(actorOf(STAFF.get(s.staff())), GROUPS.get(s.group()), s.kind(),
                local(START.plus(Duration.ofHours(s.startHour()))),
                local(START.plus(Duration.ofHours(s.startHour() + s.hours())))));
        Log log = new Log();
        steps.forEach(log::add);
        int from = 0;
        for (int cut : cuts) {
            int to = Math.min(log.events.size(), from + cut);
            workload.hospital.desk.events.append(log.events.subList(from, to));
            workload.reporting.projection().run();
            from = to;
        }
        workload.hospital.desk.events.append(log.events.subList(from, log.events.size()));

        WorkloadReport report = workload.reporting.workload().report(DemoHospital.DIRECTOR_GAO, SPRING);

        WorkloadFigures total = report.total();
        assertThat(sum(report.engineers())).isEqualTo(total);
        assertThat(sum(report.groups())).isEqualTo(total);
        assertThat(sum(report.engineerDepartments())).isEqualTo(total);
        WorkloadFigures callers = sum(report.callerDepartments());
        assertThat(callers.counts()).isEqualTo(total.counts());
        assertThat(callers.split()).isEqualTo(total.split());
        assertThat(report.trend().stream().map(WorkloadReport.MonthRow::figures)
                .reduce(WorkloadFigures.NONE, WorkloadFigures::plus)).isEqualTo(total);
        for (WorkloadRow group : report.groups()) {
            List<FactSum> engineers = workload.hospital.desk.transactions.inTransaction(() -> workload.facts
                    .sums(FactFilter.all(SPRING.from(), SPRING.to()).ofGroups(List.of(group.key())), Dimension.ENGINEER));
            assertThat(engineers.stream().map(FactSum::counts).reduce(WorkCounts.ZERO, WorkCounts::plus))
                    .isEqualTo(group.figures().counts());
        }
        for (WorkloadRow row : report.engineers()) {
            WorkloadFigures f = row.figures();
            assertThat(f.split().normal().plus(f.split().overtime()).plus(f.split().holiday()))
                    .isEqualTo(Duration.ofMinutes(f.counts().minutesWorked()));
        }
        assertThat(total.counts().accepted()).isEqualTo(log.count(TicketEvent.Accepted.class));
        assertThat(total.counts().resolved()).isEqualTo(log.count(TicketEvent.Resolved.class));
        assertThat(total.counts().escalated()).isEqualTo(log.count(TicketEvent.Escalated.class));
        assertThat(total.counts().contactsLogged()).isEqualTo(log.count(ContactEvent.Logged.class));
        assertThat(total.counts().minutesWorked()).isEqualTo(log.minutes);
        assertThat(total.counts().workLogEntries()).isEqualTo(log.count(TicketEvent.WorkLogged.class));
        assertThat(report.asOf()).isEqualTo(log.events.size());
    }

    /** The events of the steps, with a ticket raised before its first other event. */
    private static final class Log {
        final List<DomainEvent> events = new ArrayList<>();
        final Map<Integer, TicketId> tickets = new HashMap<>();
        final Map<Integer, ContactId> contacts = new HashMap<>();
        long minutes;
        Instant now = START;

        void add(Step step) {
            now = now.plus(Duration.ofHours(step.hours())).plus(Duration.ofMinutes(step.minutes()));
            StaffId actor = STAFF.get(step.staff());
            GroupId group = GROUPS.get(step.group());
            switch (step.kind()) {
                case CONTACT -> {
                    ContactId id = new ContactId(new UUID(7, contacts.size() + 1));
                    contacts.put(contacts.size(), id);
                    events.add(new ContactEvent.Logged(id, new ContactDetails(ContactChannel.PHONE,
                            DemoHospital.NURSE_WANG.staffId(), CALLERS.get(step.caller()), Optional.empty(),
                            Optional.empty(), now, "the printer jams"), actor, now));
                }
                case SOLVE_CONTACT -> {
                    if (!contacts.isEmpty()) {
                        events.add(new ContactEvent.ResolvedAtFirstContact(contacts.get(step.ticket() % contacts.size()),
                                Resolution.of(ResolutionCode.FIXED, "restarted"), actor, now));
                    }
                }
                default -> events.add(ticketEvent(step, ticket(step), actor, group));
            }
        }

        private TicketId ticket(Step step) {
            return tickets.computeIfAbsent(step.ticket(), i -> {
                TicketId id = new TicketId(new UUID(9, i + 1));
                TicketEvent.Raised sample = Samples.RAISED;
                TicketDetails details = new TicketDetails("printer", "jams", sample.details().category(),
                        DemoHospital.NURSE_WANG.staffId(), CALLERS.get(step.caller()), Optional.empty(), Optional.empty());
                events.add(new TicketEvent.Raised(id, sample.number(), sample.ticketType(), details,
                        sample.assessment(), GROUPS.get(step.group()), "printer", Optional.empty(),
                        DemoHospital.AGENT_CHEN.staffId(), now));
                return id;
            });
        }

        private DomainEvent ticketEvent(Step step, TicketId id, StaffId actor, GroupId group) {
            return switch (step.kind()) {
                case ASSIGN -> new TicketEvent.Assigned(id, group, Optional.empty(), SupportTier.FIRST_LINE,
                        step.score() > 2, actor, now);
                case ACCEPT -> new TicketEvent.Accepted(id, actor, now);
                case ESCALATE -> new TicketEvent.Escalated(id, SupportTier.FIRST_LINE, SupportTier.SECOND_LINE, group,
                        "needs a specialist", actor, now);
                case RESOLVE -> new TicketEvent.Resolved(id, Resolution.of(ResolutionCode.FIXED, "fixed"), actor, now);
                case REOPEN -> new TicketEvent.Reopened(id, "jams again", actor, now);
                case CLOSE -> new TicketEvent.Closed(id, false, actor, now);
                case RATE -> new TicketEvent.Rated(id, new Satisfaction(step.score(), ""), actor, now);
                case WORK -> {
                    minutes += step.minutes() + 1;
                    yield new TicketEvent.WorkLogged(id, new WorkLogEntry(actor, step.minutes() + 1, "worked", false,
                            now), actor, now);
                }
                case BREACH -> new ThresholdCrossed(id, Samples.RAISED.number(), SlaThreshold.breach(ClockKind.RESOLUTION),
                        now, Samples.RAISED.assessment().priority(), group, actor, now);
                default -> throw new IllegalStateException(step.kind().name());
            };
        }

        long count(Class<?> type) {
            return events.stream().filter(type::isInstance).count();
        }
    }

    /** A Raised event of the demo desk, whose number and assessment the generated tickets share. */
    private static final class Samples {
        static final TicketEvent.Raised RAISED = raised();

        private static TicketEvent.Raised raised() {
            var hospital = new org.itilhis.ports.servicedesk.service.Hospital();
            hospital.printerIncident();
            return hospital.log().stream().filter(TicketEvent.Raised.class::isInstance)
                    .map(TicketEvent.Raised.class::cast).findFirst().orElseThrow();
        }
    }

    private static WorkloadFigures sum(List<WorkloadRow> rows) {
        return rows.stream().map(WorkloadRow::figures).reduce(WorkloadFigures.NONE, WorkloadFigures::plus);
    }

    private static org.itilhis.core.shared.Actor actorOf(StaffId staff) {
        return org.itilhis.core.shared.Actor.of(staff.value(), org.itilhis.core.shared.Role.FIRST_LINE_ENGINEER);
    }

    private static String local(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, WorkloadHospital.RULES.zone()).toString();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, STAFF.size() - 1), Arbitraries.integers().between(0, GROUPS.size() - 1),
                Arbitraries.integers().between(0, CALLERS.size() - 1), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 600), Arbitraries.integers().between(1, 5)).as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Shift>> shifts() {
        return Combinators.combine(Arbitraries.integers().between(0, STAFF.size() - 1),
                Arbitraries.integers().between(0, GROUPS.size() - 1), Arbitraries.of(ShiftKind.class),
                Arbitraries.integers().between(0, 40 * 24), Arbitraries.integers().between(1, 16)).as(Shift::new)
                .list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 30).list().ofMaxSize(3);
    }
}
