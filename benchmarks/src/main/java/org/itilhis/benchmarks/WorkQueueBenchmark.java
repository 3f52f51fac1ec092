package org.itilhis.benchmarks;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.OUTPATIENT;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityMatrix;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The top of a work queue ({@code TicketQueries.queue}, 20 tickets) over a fixed number of
 * open incidents with random impact, urgency and criticality, raised through the services
 * one minute apart and routed by the demo hospital's division of duties; every third desktop incident is
 * assigned to engineer Liu. The in-memory repository scans and sorts every ticket of the
 * queue's groups, so this measures that scan, not an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, so that heap resizing does not add to the noise of the allocation-heavy scan.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class WorkQueueBenchmark {
    private static final List<String> CATEGORIES =
            List.of("desktop.pc", "printer", "his.outpatient-registration", "his.pharmacy", "network.wifi", "account");

    @Param("10000")
    public int tickets;

    private ServiceDesk desk;

    @Setup
    public void setUp() {
        InMemoryServiceDesk hospital = DemoHospital.inMemory();
        desk = hospital.desk;
        Random random = new Random(20260302L);
        for (int i = 0; i < tickets; i++) {
            // One call a minute: with equal raise times the queue order would fall through to the ticket number.
            hospital.clock.advance(Duration.ofMinutes(1));
            TicketView raised = raise(random);
            if (raised.group().equals(DESKTOP) && i % 3 == 0) {
                desk.tickets().handle(new TicketCommand.Assign(AGENT_CHEN, raised.id(), raised.version(), DESKTOP,
                        ENGINEER_LIU.staffId()));
            }
        }
    }

    /** The desktop group's queue: about half of all tickets are routed there. */
    @Benchmark
    public List<TicketView> desktopQueueTop20() {
        return desk.queries().queue(ENGINEER_LIU, 20);
    }

    /** The HIS second line's queue: about one ticket in six. */
    @Benchmark
    public List<TicketView> hisSupportQueueTop20() {
        return desk.queries().queue(SPECIALIST_HUANG, 20);
    }

    private TicketView raise(Random random) {
        PriorityMatrix matrix = PriorityMatrix.hospitalDefault();
        List<Impact> impacts = matrix.impacts();
        List<Urgency> urgencies = matrix.urgencies();
        ServiceCriticality[] criticalities = ServiceCriticality.values();
        ContactView call = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE, CLERK_LI.staffId(),
                OUTPATIENT, null, null, "Something is broken"));
        return desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, call.id(), TicketType.INCIDENT,
                "Something is broken", CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                impacts.get(random.nextInt(impacts.size())).code(), urgencies.get(random.nextInt(urgencies.size())).code(),
                criticalities[random.nextInt(criticalities.length)], false, null));
    }
}
