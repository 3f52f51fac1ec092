package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.notification.InvalidWebhookException;
import org.itilhis.core.notification.WebhookEvent;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookCommand;
import org.itilhis.ports.notification.in.WebhookView;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.WebhookPayload;
import org.itilhis.ports.notification.out.WebhookRequest;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryWebhooks;
import org.junit.jupiter.api.Test;

/**
 * Director Gao subscribes the HIS integration platform to ticket events; the relay's subscriber
 * delivers them signed, through a recording sender that fails when told. Every refusal leaves
 * the subscriptions, the event log and the notifications as they were.
 */
class WebhookServiceTest {
    private static final String HIS = "https://his-integration.example.org/itil/events";

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final InMemoryWebhooks hooks = new InMemoryWebhooks(desk, DemoHospital.settings(),
            new WebhookSettings(3, Duration.ofHours(24)));
    private final Webhooks webhooks = hooks.webhooks;

    private SubscribedWebhook subscribeHis() {
        return webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO, HIS,
                List.of("ticket.*"), null, null));
    }

    private record Picture(List<WebhookView> webhooks, List<DomainEvent> events, List<Notification> sent) {
    }

    private Picture picture() {
        return new Picture(webhooks.queries().webhooks(DIRECTOR_GAO), List.copyOf(desk.events.all()),
                List.copyOf(desk.notifier.sent()));
    }

    /** A P2 printer incident in the desk's store and its raising, as the relay would hand it over at {@code position}. */
    private RelayedEvent printerIncidentRaised(long position) {
        Ticket ticket = TicketBuilder.aTicket().withPriority(Priority.P2).withSummary("Printer jams in ward 5 east")
                .withDescription("Patient Zhang San's discharge papers are stuck").build();
        desk.transactions.inTransaction(() -> {
            desk.tickets.save(ticket);
            return null;
        });
        List<TicketEvent> events = ticket.pullEvents();
        return new RelayedEvent(position, events.get(0));
    }

    private Subscriber subscriberOf(SubscribedWebhook webhook) {
        return webhooks.subscribers().stream()
                .filter(s -> s.name().equals("webhook:" + webhook.webhook().id())).findFirst().orElseThrow();
    }

    @Test
    void aSubscriptionHandsOutItsGeneratedSecretOnceAndNeitherItsViewsNorItsEventShowIt() {
        SubscribedWebhook his = subscribeHis();

        assertThat(his.secret().value()).startsWith("whsec_");
        assertThat(his.secret().key()).hasSize(32);
        assertThat(his.webhook().enabled()).isTrue();
        assertThat(his.webhook().owner()).isEqualTo(DIRECTOR_GAO.staffId());
        String secret = his.secret().value().substring(6);
        assertThat(webhooks.queries().webhook(DIRECTOR_GAO, his.webhook().id()).toString()).doesNotContain(secret);
        assertThat(desk.events.all()).singleElement().isInstanceOfSatisfying(WebhookEvent.Subscribed.class, e -> {
            assertThat(e.url()).isEqualTo(HIS);
            assertThat(e.toString()).doesNotContain(secret);
        });
    }

    @Test
    void aGivenSecretIsKept() {
        String given = WebhookSecret.generate(new java.util.Random(5)).value();

        SubscribedWebhook his = webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO, HIS,
                List.of("ticket.resolved"), given, null));

        assertThat(his.secret().value()).isEqualTo(given);
    }

    @Test
    void anFtpAddressAnUnknownEventTypeAndAShortSecretAreRefusedNamingTheFieldAndChangeNothing() {
        Picture before = picture();

        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO,
                "ftp://his.example.org/in", List.of("ticket.*"), null, null)))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO,
                "https://his.example.org/in|out", List.of("ticket.*"), null, null)))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO, HIS,
                List.of("ticket.assigned", "ticket.teleported"), null, null)))
                .isInstanceOfSatisfying(InvalidWebhookException.class, e -> {
                    assertThat(e.field()).isEqualTo("eventTypes");
                    assertThat(e.messageIn(Locale.ENGLISH)).isEqualTo("Field eventTypes: ticket.teleported is not an"
                            + " event type the library logs; nothing was changed");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("字段 eventTypes：ticket.teleported"
                            + " 不是本库记录的事件类型；未做任何变动");
                });
        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO, HIS,
                List.of("nothing.*"), null, null))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(DIRECTOR_GAO, HIS,
                List.of("ticket.*"), "whsec_c2hvcnQ=", null)))
                .isInstanceOfSatisfying(InvalidWebhookException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook.secret-too-short"));

        assertThat(picture()).isEqualTo(before);
        assertThat(hooks.subscriptions.all()).isEmpty();
    }

    @Test
    void onlyThoseWhoManageWebhooksSubscribeAndOnlyThoseWhoViewNotificationsRead() {
        SubscribedWebhook his = subscribeHis();
        Picture before = picture();

        assertThatThrownBy(() -> webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(ENGINEER_LIU, HIS,
                List.of("ticket.*"), null, null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.subscriptions().disable(new WebhookCommand.Disable(LEAD_SUN,
                his.webhook().id(), null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.queries().webhooks(ENGINEER_LIU)).isInstanceOf(NotPermittedException.class);

        assertThat(picture()).isEqualTo(before);
        assertThat(webhooks.queries().webhooks(Actor.system())).hasSize(1);
    }

    @Test
    void aRotationAtTheVersionSeenHandsOutTheNewSecretAndBothSignUntilTheGraceEnds() {
        SubscribedWebhook his = subscribeHis();

        SubscribedWebhook rotated = webhooks.subscriptions().rotateSecret(new WebhookCommand.RotateSecret(DIRECTOR_GAO,
                his.webhook().id(), 1L, null));
        assertThatThrownBy(() -> webhooks.subscriptions().rotateSecret(new WebhookCommand.RotateSecret(DIRECTOR_GAO,
                his.webhook().id(), 1L, null))).isInstanceOf(VersionConflictException.class);

        assertThat(rotated.secret()).isNotEqualTo(his.secret());
        assertThat(rotated.webhook().version()).isEqualTo(2);
        assertThat(rotated.webhook().previousSecretValidUntil()).contains(desk.clock.instant().plus(Duration.ofHours(24)));
        subscriberOf(his).deliver(printerIncidentRaised(7));
        assertThat(hooks.sender.sent()).singleElement().extracting(WebhookRequest::secrets)
                .isEqualTo(List.of(rotated.secret(), his.secret()));
        desk.clock.advance(Duration.ofHours(25));
        subscriberOf(his).deliver(printerIncidentRaised(8));
        assertThat(hooks.sender.sent().get(1).secrets()).containsExactly(rotated.secret());
    }

    @Test
    void theSubscriberWantsItsTypesAndDeliversTheTicketsFactsWithoutFreeText() {
        SubscribedWebhook his = subscribeHis();
        Subscriber subscriber = subscriberOf(his);
        RelayedEvent raised = printerIncidentRaised(42);

        assertThat(subscriber.wants(raised)).isTrue();
        assertThat(subscriber.wants(new RelayedEvent(43, desk.events.all().get(0)))).isFalse();
        subscriber.deliver(raised);

        WebhookRequest request = hooks.sender.sent().get(0);
        assertThat(request.url().toString()).isEqualTo(HIS);
        assertThat(request.messageId()).isEqualTo("evt_42");
        assertThat(request.timestamp()).isEqualTo(desk.clock.instant());
        WebhookPayload payload = request.payload();
        assertThat(payload.type()).isEqualTo("ticket.raised");
        assertThat(payload.position()).isEqualTo(42);
        WebhookPayload.TicketFacts facts = payload.ticket().orElseThrow();
        assertThat(facts.priority()).isEqualTo("P2");
        assertThat(facts.summary()).isEqualTo("Printer jams in ward 5 east");
        assertThat(payload.toString()).doesNotContain("Zhang San");
    }

    @Test
    void afterThreeFailuresInARowTheSubscriptionIsDisabledAndItsOwnerToldOnceAfterTheCommit() {
        SubscribedWebhook his = subscribeHis();
        Subscriber subscriber = subscriberOf(his);
        RelayedEvent raised = printerIncidentRaised(5);
        hooks.sender.answer(500, 1).timeOut().answer(503, 1);

        assertThatThrownBy(() -> subscriber.deliver(raised)).isInstanceOf(WebhookDeliveryException.class);
        assertThatThrownBy(() -> subscriber.deliver(raised)).isInstanceOf(WebhookDeliveryException.class)
                .hasMessageContaining("timed out");
        assertThat(webhooks.queries().webhook(DIRECTOR_GAO, his.webhook().id()).consecutiveFailures()).isEqualTo(2);
        assertThat(desk.notifier.sent()).isEmpty();
        assertThatThrownBy(() -> subscriber.deliver(raised)).isInstanceOfSatisfying(WebhookDeliveryException.class,
                e -> assertThat(e.consecutiveFailures()).isEqualTo(3));

        WebhookView disabled = webhooks.queries().webhook(DIRECTOR_GAO, his.webhook().id());
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabled().orElseThrow().cause()).isEqualTo(WebhookSubscription.DisabledCause.FAILURES);
        assertThat(disabled.disabled().orElseThrow().lastFailure()).contains("HTTP 503");
        assertThat(desk.events.all()).last().isInstanceOfSatisfying(WebhookEvent.Disabled.class,
                e -> assertThat(e.actor()).isEqualTo(Actor.SYSTEM_ID));
        assertThat(desk.notifier.sent()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(DIRECTOR_GAO.staffId());
            assertThat(n.topic()).isEqualTo("webhook.disabled");
        });
        assertThat(webhooks.subscribers()).isEmpty();
        subscriber.deliver(raised);
        assertThat(hooks.sender.sent()).hasSize(3);
    }

    @Test
    void aSuccessSetsTheFailuresBackToZeroAndEnablingResumesDeliveries() {
        SubscribedWebhook his = subscribeHis();
        Subscriber subscriber = subscriberOf(his);
        RelayedEvent raised = printerIncidentRaised(5);
        hooks.sender.answer(500, 2);
        assertThatThrownBy(() -> subscriber.deliver(raised)).isInstanceOf(WebhookDeliveryException.class);
        assertThatThrownBy(() -> subscriber.deliver(raised)).isInstanceOf(WebhookDeliveryException.class);

        subscriber.deliver(raised);

        assertThat(webhooks.queries().webhook(DIRECTOR_GAO, his.webhook().id()).consecutiveFailures()).isZero();
        WebhookView disabled = webhooks.subscriptions().disable(new WebhookCommand.Disable(DIRECTOR_GAO,
                his.webhook().id(), 1L));
        assertThat(webhooks.subscribers()).isEmpty();
        webhooks.subscriptions().enable(new WebhookCommand.Enable(DIRECTOR_GAO, his.webhook().id(),
                disabled.version()));
        assertThat(webhooks.subscribers()).extracting(Subscriber::name)
                .containsExactly("webhook:" + his.webhook().id());
    }

    @Test
    void aDeletedSubscriptionIsGoneAndItsSubscriberSendsNothingMore() {
        SubscribedWebhook his = subscribeHis();
        Subscriber subscriber = subscriberOf(his);

        webhooks.subscriptions().delete(new WebhookCommand.Delete(DIRECTOR_GAO, his.webhook().id(), 1L));
        subscriber.deliver(printerIncidentRaised(9));

        assertThat(hooks.sender.sent()).isEmpty();
        assertThat(webhooks.queries().webhooks(DIRECTOR_GAO)).isEmpty();
        assertThat(desk.events.all()).extracting(DomainEvent::type).containsExactly("webhook.subscribed",
                "webhook.deleted");
    }
}
