package org.itilhis.benchmarks;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.CalendarPolicy;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measuring one ticket's three clocks and its OLA segments from its history, as the
 * monitor, the clock queries and the reports do for every ticket they touch: an office-hours
 * incident (mainland China calendar, 2026 holidays) of 15 events over three weeks, with a
 * hand-over, a vendor hold, a caller update, a resolution, a reopening and a second one.
 * Operations per second on one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SlaMeasureBenchmark {
    private SlaPolicy policy;
    private List<TicketEvent> history;
    private Instant now;

    @Setup
    public void setUp() {
        InMemoryServiceDesk h = DemoHospital.inMemory();
        CalendarVersions office = CalendarVersions.of(ChinaMainland.officeHours());
        policy = new SlaPolicy(DemoHospital.serviceCatalogue(), CalendarPolicy.of(Map.of(
                ServiceCriticality.CLINICAL_CRITICAL,
                CalendarVersions.of(BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI)),
                ServiceCriticality.IMPORTANT, office, ServiceCriticality.GENERAL, office)));
        ContactView call = h.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL, "1102", "The queue-number printer prints nothing"));
        TicketView t = h.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(),
                TicketType.INCIDENT, "Queue-number printer offline", "printer", "ONE_DEPARTMENT", "DEGRADED",
                ServiceCriticality.GENERAL, false, null));
        t = step(h, Duration.ofMinutes(20), new TicketCommand.Assign(AGENT_CHEN, t.id(), t.version(), DESKTOP,
                ENGINEER_LIU.staffId()));
        t = step(h, Duration.ofMinutes(10), new TicketCommand.Accept(ENGINEER_LIU, t.id(), t.version()));
        t = step(h, Duration.ofHours(2), new TicketCommand.Start(ENGINEER_LIU, t.id(), t.version()));
        t = step(h, Duration.ofHours(5), new TicketCommand.UpdateCaller(ENGINEER_LIU, t.id(), t.version(),
                "The printer's board is faulty; the vendor is called"));
        t = step(h, Duration.ofMinutes(5), new TicketCommand.Hold(ENGINEER_LIU, t.id(), t.version(),
                HoldReason.AWAITING_VENDOR, "replacement board"));
        t = step(h, Duration.ofDays(4), new TicketCommand.Resume(ENGINEER_LIU, t.id(), t.version()));
        t = step(h, Duration.ofHours(1), new TicketCommand.Escalate(ENGINEER_LIU, t.id(), t.version(), HIS_SUPPORT,
                "the printer driver on the HIS side"));
        t = step(h, Duration.ofMinutes(30), new TicketCommand.Accept(SPECIALIST_HUANG, t.id(), t.version()));
        t = step(h, Duration.ofMinutes(5), new TicketCommand.Start(SPECIALIST_HUANG, t.id(), t.version()));
        t = step(h, Duration.ofHours(3), new TicketCommand.Resolve(SPECIALIST_HUANG, t.id(), t.version(),
                ResolutionCode.FIXED, "driver reinstalled"));
        t = step(h, Duration.ofDays(1), new TicketCommand.Reopen(CLERK_LI, t.id(), t.version(), "prints blank again"));
        t = step(h, Duration.ofMinutes(15), new TicketCommand.Start(SPECIALIST_HUANG, t.id(), t.version()));
        t = step(h, Duration.ofDays(10), new TicketCommand.Resolve(SPECIALIST_HUANG, t.id(), t.version(),
                ResolutionCode.HARDWARE_REPLACED, "printer replaced"));
        history = h.events.history(t.id().toString()).stream().map(TicketEvent.class::cast).toList();
        now = h.clock.instant().plus(Duration.ofHours(1));
    }

    private static TicketView step(InMemoryServiceDesk h, Duration after, TicketCommand command) {
        h.clock.advance(after);
        return h.desk.tickets().handle(command);
    }

    @Benchmark
    public SlaMeasurement measureAFifteenEventIncident() {
        return policy.measure(history, now);
    }
}
