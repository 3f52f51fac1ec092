package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.Duration;
import java.util.List;
import org.itilhis.core.notification.DeliveryBackoff;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.RelayEvent;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.in.RelayCommand;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.RelayPositions;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.RelayManagement;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.itilhis.testkit.memory.RecordingSubscriber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's stores on a database, and the relay itself on the JDBC event log: a ticket's
 * events reach a subscriber in order through a failure that becomes a dead letter, and the
 * director's replay is appended to the log and read back.
 */
abstract class RelayContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Test
    void theRelayFeedsATicketsEventsInOrderFromTheJdbcLogThroughADeadLetterAndItsReplay() {
        MutableClock clock = MutableClock.at("2027-03-01T02:00:00Z");
        ServiceDeskPorts desk = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        RelayPorts ports = new RelayPorts(desk, positions(), deliveries());
        RecordingSubscriber webhook = new RecordingSubscriber("webhook:7f3c");
        NotificationRelay relay = NotificationRelay.create(ports, RelaySettings.defaults().withMaxAttempts(1)
                        .withBackoff(new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                        .withJitter(() -> 0.5), List.of(() -> List.of(webhook)), RelayMetrics.NONE);
        relay.pass();
        Ticket ticket = TicketBuilder.aTicket().inProgress().build();
        List<TicketEvent> events = ticket.pullEvents();
        storage.transactions().inTransaction(() -> {
            storage.events().append(events);
            return null;
        });
        long first = positions().find("webhook:7f3c").orElseThrow() + 1;
        webhook.failing(first, 1);

        relay.pass();
        assertThat(deliveries().find("webhook:7f3c", first)).map(PendingDelivery::state)
                .contains(PendingDelivery.State.DEAD);
        RelayManagement.create(ports, List.of(() -> List.of(webhook)), DemoHospital.settings(),
                        Validation.buildDefaultValidatorFactory().getValidator())
                .deadLetters().replay(new RelayCommand.ReplayDeadLetter(DemoHospital.DIRECTOR_GAO, "webhook:7f3c",
                        first));
        relay.pass();

        assertThat(webhook.delivered()).extracting(delivered -> delivered.event()).startsWith(events.toArray(new DomainEvent[0]))
                .hasSize(events.size() + 1);
        assertThat(webhook.delivered().get(events.size()).event()).isEqualTo(new RelayEvent.DeadLetterReplayed(
                "webhook:7f3c", first, DemoHospital.DIRECTOR_GAO.staffId(), clock.instant()));
        assertThat(positions().find("webhook:7f3c")).contains(storage.events().head());
        assertThat(deliveries().standings()).isEmpty();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public RelayPositions positions() {
        return storage.relay().positions();
    }

    public PendingDeliveries deliveries() {
        return storage.relay().deliveries();
    }
}
