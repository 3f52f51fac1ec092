package org.itilhis.benchmarks;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT_HALL;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.util.concurrent.TimeUnit;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
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
 * One whole incident per operation, through the application services on the in-memory
 * adapters: log the contact, raise, assign, accept, start, escalate, accept, start, hold,
 * resume, resolve, confirm (12 commands, each validated, authorised, applied, saved and
 * logged in its own transaction; notifications are built and handed to the notifier). One
 * demo hospital per trial; its stores grow by one incident per operation, and no query that
 * scans them runs here (see {@link WorkQueueBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap: the stores only grow during a trial, and heap resizing added to the noise.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class IncidentLifecycleBenchmark {
    private static final ContactCommand.Log CALL = new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
            CLERK_LI.staffId(), OUTPATIENT, OUTPATIENT_HALL, "1102",
            "Registration window 3: the terminal cannot log in to the HIS");

    private ServiceDesk desk;

    /**
     * The demo hospital's in-memory stores, wired by hand with a notifier that drops its
     * messages: the test kit's recording notifier copies its whole list on every message,
     * which over a trial of many thousand incidents would dominate the measurement.
     */
    @Setup
    public void setUp() {
        InMemoryServiceDesk h = DemoHospital.inMemory();
        ServiceDeskPorts ports = new ServiceDeskPorts(h.tickets, h.contacts, h.numbers, h.events,
                notification -> { }, h.directory, h.transactions, h.clock, h.personalDataReads);
        desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
    }

    @Benchmark
    public TicketView incidentFromCallToConfirmation() {
        ContactView call = desk.desk().logContact(CALL);
        TicketView t = desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(),
                TicketType.INCIDENT, "Registration window 3 cannot register patients", "his.outpatient-registration",
                "ONE_DEPARTMENT", "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, false, null));
        t = handle(new TicketCommand.Assign(AGENT_CHEN, t.id(), t.version(), DESKTOP, ENGINEER_LIU.staffId()));
        t = handle(new TicketCommand.Accept(ENGINEER_LIU, t.id(), t.version()));
        t = handle(new TicketCommand.Start(ENGINEER_LIU, t.id(), t.version()));
        t = handle(new TicketCommand.Escalate(ENGINEER_LIU, t.id(), t.version(), HIS_SUPPORT, "HIS rejects the login"));
        t = handle(new TicketCommand.Accept(SPECIALIST_HUANG, t.id(), t.version()));
        t = handle(new TicketCommand.Start(SPECIALIST_HUANG, t.id(), t.version()));
        t = handle(new TicketCommand.Hold(SPECIALIST_HUANG, t.id(), t.version(), HoldReason.AWAITING_VENDOR, "patch"));
        t = handle(new TicketCommand.Resume(SPECIALIST_HUANG, t.id(), t.version()));
        t = handle(new TicketCommand.Resolve(SPECIALIST_HUANG, t.id(), t.version(), ResolutionCode.VENDOR_FIXED,
                "Vendor patch installed"));
        return handle(new TicketCommand.Confirm(CLERK_LI, t.id(), t.version()));
    }

    private TicketView handle(TicketCommand command) {
        return desk.tickets().handle(command);
    }
}
