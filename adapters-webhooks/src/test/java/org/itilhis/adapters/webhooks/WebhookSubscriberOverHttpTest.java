package org.itilhis.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookCommand;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.WebhookPorts;
import org.itilhis.ports.notification.service.WebhookSettings;
import org.itilhis.ports.notification.service.Webhooks;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryWebhookSubscriptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription's relay subscriber, called as the relay calls it, delivering through the real
 * sender to the HIS platform's receiver: a ticket's facts arrive signed, failures are retried by
 * throwing, and the third in a row disables the subscription and tells director Gao.
 */
class WebhookSubscriberOverHttpTest {
    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final Webhooks webhooks = Webhooks.create(
            new WebhookPorts(desk.ports, new InMemoryWebhookSubscriptions(desk.transactions),
                    new StandardWebhookSender(new StandardWebhookSender.Settings(Duration.ofSeconds(2),
                            Duration.ofMillis(400)))),
            new WebhookSettings(3, Duration.ofHours(24)), DemoHospital.settings(), InMemoryServiceDesk.validator(),
            new Random(11));
    private final WebhookSecret secret = WebhookSecret.generate(new Random(12));
    private final HisReceiver his;
    private final SubscribedWebhook subscription;
    private final Subscriber subscriber;

    WebhookSubscriberOverHttpTest() throws IOException {
        his = new HisReceiver(secret.value());
        desk.clock.advance(Duration.between(desk.clock.instant(), java.time.Instant.now()));
        subscription = webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO,
                his.url().toString(), List.of("ticket.*"), secret.value(), null));
        subscriber = webhooks.subscribers().get(0);
    }

    @AfterEach
    void stop() {
        his.close();
    }

    private RelayedEvent raised(long position) {
        Ticket ticket = TicketBuilder.aTicket().withPriority(Priority.P1).withSummary("HIS login fails in outpatients")
                .withDescription("Dr. Zhao cannot open patient Li Si's record").build();
        desk.transactions.inTransaction(() -> {
            desk.tickets.save(ticket);
            return null;
        });
        return new RelayedEvent(position, ticket.pullEvents().get(0));
    }

    @Test
    void aTicketsFactsArriveSignedAndWithoutItsDescription() {
        subscriber.deliver(raised(3));

        HisReceiver.Received received = his.received().get(0);
        assertThat(received.verified()).isTrue();
        assertThat(received.id()).isEqualTo("evt_3");
        assertThat(received.body()).contains("\"priority\":\"P1\"", "HIS login fails in outpatients")
                .doesNotContain("Li Si", "Dr. Zhao");
    }

    @Test
    void failuresAreThrownForTheRelayToRetryAndTheThirdInARowDisablesTheSubscription() {
        RelayedEvent raised = raised(4);
        his.answerNext(500);
        his.sleepNext(1_000);
        his.answerNext(503);

        assertThatThrownBy(() -> subscriber.deliver(raised)).hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> subscriber.deliver(raised)).hasMessageContaining("timed out");
        assertThatThrownBy(() -> subscriber.deliver(raised)).hasMessageContaining("HTTP 503");

        assertThat(webhooks.queries().webhook(DIRECTOR_GAO, subscription.webhook().id()).enabled()).isFalse();
        assertThat(desk.notifier.sent()).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo(DIRECTOR_GAO.staffId()));
        assertThat(webhooks.subscribers()).isEmpty();
    }

    @Test
    void afterARotationTheReceiverStillHoldingTheOldSecretVerifiesAndSoDoesOneWithTheNew() {
        SubscribedWebhook rotated = webhooks.subscriptions().rotateSecret(new WebhookCommand.RotateSecret(
                DIRECTOR_GAO, subscription.webhook().id(), 1L, null));

        subscriber.deliver(raised(5));
        his.holds(rotated.secret().value());
        subscriber.deliver(raised(6));

        assertThat(his.received()).extracting(HisReceiver.Received::verified).containsExactly(true, true);
    }
}
