package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.database.DatabaseServer;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL schema, node B's clock 5 seconds behind node A's
 * (within what NTP allows after a step): an HIS incident raised on A and assigned on B keeps
 * its history in time order, is measured on both nodes, stays watched by the SLA monitor and
 * stands in the SLA queue (ADR 0007).
 */
class PostgresqlClockSkewIT {
    /** Monday 2 March 2026, 09:00 in Shanghai. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T01:00:00Z");

    private record Node(JdbcServiceDeskStorage storage, ServiceDesk desk, ServiceLevels levels) {
    }

    private static Node node(HikariDataSource pool, MutableClock clock) {
        JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(pool);
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), InMemoryServiceDesk.validator());
        ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        return new Node(storage, desk, levels);
    }

    @Test
    void anIncidentRaisedOnOneNodeAndAssignedOnANodeWhoseClockIsBehindStaysMeasuredAndWatched() {
        try (IsolatedDatabase db = IsolatedDatabase.of(DatabaseServer.POSTGRESQL)) {
            Node a = node(db.dataSource(), new MutableClock(MONDAY_MORNING, ServiceDeskSettings.CHINA));
            Node b = node(db.otherPool(), new MutableClock(MONDAY_MORNING.minusSeconds(5), ServiceDeskSettings.CHINA));
            DemoHospital.configureServiceLevels(a.levels().administration());

            ContactView call = a.desk().desk().logContact(new ContactCommand.Log(DemoHospital.AGENT_CHEN,
                    ContactChannel.PHONE, DemoHospital.CLERK_LI.staffId(), DemoHospital.WARD_5_EAST, null, "5501",
                    "Outpatient registration cannot save a patient"));
            TicketView raised = a.desk().desk().raiseTicket(new ContactCommand.RaiseTicket(DemoHospital.AGENT_CHEN,
                    call.id(), TicketType.INCIDENT, "Registration cannot save patients", "his", "ONE_DEPARTMENT",
                    "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL, false, null));
            b.desk().tickets().handle(new TicketCommand.Assign(DemoHospital.AGENT_CHEN, raised.id(), raised.version(),
                    DemoHospital.DESKTOP, DemoHospital.ENGINEER_LIU.staffId()));

            List<TicketEvent> history = a.storage().events().history(raised.id().toString()).stream()
                    .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList();
            assertThat(history).extracting(TicketEvent::occurredAt).isSorted().allMatch(MONDAY_MORNING::equals);
            SlaMeasurement onA = a.levels().queries().clocks(DemoHospital.AGENT_CHEN, raised.id());
            SlaMeasurement onB = b.levels().queries().clocks(DemoHospital.AGENT_CHEN, raised.id());
            assertThat(onB).isEqualTo(onA);
            assertThat(onB.resolution().state()).isEqualTo(ClockState.RUNNING);
            assertThat(onB.resolution().priority()).isEqualTo(Priority.P2);

            b.levels().monitor().run();
            assertThat(b.storage().watches().find(raised.id())).isPresent();
            assertThat(b.levels().queries().queue(DemoHospital.ENGINEER_LIU, 50, Optional.empty()))
                    .extracting(queued -> queued.ticket().id()).contains(raised.id());
        }
    }
}
