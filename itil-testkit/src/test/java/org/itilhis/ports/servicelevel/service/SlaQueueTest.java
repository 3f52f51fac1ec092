package org.itilhis.ports.servicelevel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.in.QueuedTicket;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service-level queue: within a priority the ticket whose resolution is due first comes
 * first, whatever its age. A P3 on the HIS is measured 24x7 against 8 hours, a P3 on a
 * printer in office hours against 16 business hours.
 */
class SlaQueueTest {
    private final Hospital hospital = new Hospital();
    private final ServiceLevels levels = hospital.desk.levels;

    @BeforeEach
    void configure() {
        DemoHospital.configureServiceLevels(levels.administration());
    }

    private TicketView hisIncident(String impact, String urgency) {
        return hospital.raise(hospital.nurseWangCalls("Outpatient registration is slow"), "his", impact, urgency);
    }

    private List<TicketId> queue(Actor actor, int limit, Optional<DeadlinePosition> after) {
        return levels.queries().queue(actor, limit, after).stream().map(q -> q.ticket().id()).toList();
    }

    @Test
    void withinAPriorityTheEarliestResolutionDeadlineComesFirstWhateverTheAge() {
        TicketView printer = hospital.printerIncident();
        hospital.later(Duration.ofMinutes(5));
        TicketView his = hisIncident("ONE_DEPARTMENT", "DEGRADED");

        assertThat(hospital.desk.desk.queries().queue(DemoHospital.AGENT_CHEN, 10, Optional.empty()))
                .extracting(TicketView::id).containsExactly(printer.id(), his.id());
        assertThat(queue(DemoHospital.AGENT_CHEN, 10, Optional.empty())).containsExactly(his.id(), printer.id());
    }

    @Test
    void priorityComesBeforeTheDeadline() {
        TicketView p3 = hisIncident("ONE_DEPARTMENT", "DEGRADED");
        TicketView printer = hospital.printerIncident();
        TicketView p5 = hisIncident("ONE_PERSON", "NO_CLINICAL_EFFECT");
        TicketView p2his = hisIncident("ONE_DEPARTMENT", "PATIENT_CARE_STOPPED");

        List<QueuedTicket> queue = levels.queries().queue(DemoHospital.AGENT_CHEN, 10, Optional.empty());

        assertThat(queue).extracting(q -> q.ticket().priority()).isSorted();
        assertThat(queue).extracting(q -> q.ticket().id()).containsExactly(p2his.id(), p3.id(), printer.id(), p5.id());
    }

    @Test
    void pagesAfterTheLastPositionReadEveryTicketOnceInOrder() {
        for (int i = 0; i < 7; i++) {
            hisIncident(i % 2 == 0 ? "ONE_DEPARTMENT" : "ONE_PERSON", "DEGRADED");
            hospital.printerIncident();
            hospital.later(Duration.ofMinutes(3));
        }
        List<TicketId> whole = queue(DemoHospital.AGENT_CHEN, 100, Optional.empty());

        List<TicketId> paged = new ArrayList<>();
        Optional<DeadlinePosition> after = Optional.empty();
        List<QueuedTicket> page;
        do {
            page = levels.queries().queue(DemoHospital.AGENT_CHEN, 3, after);
            page.forEach(q -> paged.add(q.ticket().id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).position());
        } while (page.size() == 3);

        assertThat(whole).hasSize(14);
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void anEngineerSeesTheQueueOfTheirGroupsOnly() {
        hisIncident("ONE_DEPARTMENT", "DEGRADED"); // his -> desktop support in the demo routing
        TicketView network = hospital.raise(hospital.nurseWangCalls("No network on ward 5"), "network",
                "ONE_DEPARTMENT", "DEGRADED");

        assertThat(queue(DemoHospital.NETWORK_MA, 10, Optional.empty())).containsExactly(network.id());
        assertThat(queue(DemoHospital.ENGINEER_LIU, 10, Optional.empty())).doesNotContain(network.id()).hasSize(1);
    }
}
