package org.itilhis.ports.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.notification.DeliveryBackoff;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.PendingDelivery.State;
import org.itilhis.core.notification.RelayEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.notification.in.DeadLetterNotFoundException;
import org.itilhis.ports.notification.in.RelayCommand;
import org.itilhis.ports.notification.in.RelayOverview;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.RelayPositions;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryRelay;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.RecordingSubscriber;
import org.junit.jupiter.api.Test;

/**
 * The relay feeding the ward's notifications: tickets of the printer and the network, a channel
 * that fails now and then, backoff with a fixed jitter of one half (so a retry after the first
 * failure waits 500 ms, after the second 1 s, and so on), three attempts before a dead letter.
 */
class NotificationRelayTest {
    private static final RelaySettings SETTINGS = RelaySettings.defaults()
            .withMaxAttempts(3)
            .withBackoff(new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(10)))
            .withJitter(() -> 0.5);

    private final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private final RecordingSubscriber wecom = new RecordingSubscriber("wecom");
    private final List<Subscriber> subscribers = new ArrayList<>(List.of(wecom));
    private final CountingMetrics metrics = new CountingMetrics();
    private final InMemoryRelay relay = new InMemoryRelay(desk, SETTINGS, List.of(() -> List.copyOf(subscribers)),
            metrics);
    private final Ticket printer = aTicket().inProgress().build();
    private final Ticket network = aTicket().inProgress().inGroup(DemoHospital.NETWORK).build();

    NotificationRelayTest() {
        relay.relay.pass(); // the subscriber starts at the head of the empty log
    }

    /** Appends the ticket's recorded events; returns their positions. */
    private List<Long> log(Ticket ticket) {
        List<TicketEvent> events = ticket.pullEvents();
        long before = desk.events.head();
        desk.transactions.inTransaction(() -> {
            desk.events.append(events);
            return null;
        });
        List<Long> positions = new ArrayList<>();
        for (long p = before + 1; p <= desk.events.head(); p++) {
            positions.add(p);
        }
        return positions;
    }

    /** Logs a work entry on the ticket; returns its position. */
    private long work(Ticket ticket) {
        ticket.addWorkLog(5, "checked the cable", ENGINEER_LIU.staffId(), desk.clock.instant());
        return log(ticket).get(0);
    }

    private PendingDelivery pending(String subscriber, long position) {
        return relay.deliveries.find(subscriber, position).orElseThrow();
    }

    @Test
    void aNewSubscriberStartsAtTheHeadOfTheLogAndGetsEveryEventAfterIt() {
        List<Long> before = log(printer);
        RecordingSubscriber dingtalk = new RecordingSubscriber("dingtalk");
        subscribers.add(dingtalk);

        relay.relay.pass();
        long after = work(printer);
        relay.relay.pass();

        assertThat(wecom.deliveredPositions()).containsSubsequence(before).endsWith(after);
        assertThat(dingtalk.deliveredPositions()).containsExactly(after);
        assertThat(relay.positions.find("dingtalk")).contains(after);
    }

    @Test
    void eachTicketsEventsArriveInLogOrderWhileTheChannelFailsOnOneOfThem() {
        List<Long> printerRaised = log(printer);
        long firstWork = work(printer);
        wecom.failing(firstWork, 2);
        List<Long> networkRaised = log(network);
        long secondWork = work(printer);
        long networkWork = work(network);

        NotificationRelay.Pass first = relay.relay.pass();
        desk.clock.advance(Duration.ofMillis(500));
        relay.relay.pass(); // the retry fails a second time
        desk.clock.advance(Duration.ofSeconds(1));
        relay.relay.pass();

        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.held()).isEqualTo(1);
        List<Long> printers = new ArrayList<>(printerRaised);
        printers.addAll(List.of(firstWork, secondWork));
        assertThat(wecom.deliveredPositions()).filteredOn(printers::contains).containsExactlyElementsOf(printers);
        List<Long> networks = new ArrayList<>(networkRaised);
        networks.add(networkWork);
        assertThat(wecom.deliveredPositions()).filteredOn(networks::contains).containsExactlyElementsOf(networks);
        // the network's events did not wait for the printer's failing one
        assertThat(wecom.deliveredPositions().indexOf(networkWork))
                .isLessThan(wecom.deliveredPositions().indexOf(firstWork));
        assertThat(relay.deliveries.standings()).isEmpty();
        assertThat(relay.positions.find("wecom")).contains(networkWork);
    }

    @Test
    void aFailedDeliveryIsTriedAgainOnlyOnceItsJitteredBackoffHasPassed() {
        log(printer);
        long work = work(printer);
        wecom.failing(work, 2);
        Instant start = desk.clock.instant();

        relay.relay.pass();
        assertThat(pending("wecom", work).nextAttemptAt()).isEqualTo(start.plusMillis(500));
        assertThat(pending("wecom", work).lastError()).hasValueSatisfying(e -> assertThat(e).contains("evt_" + work));
        desk.clock.advance(Duration.ofMillis(499));
        relay.relay.pass();
        assertThat(wecom.attempts()).filteredOn(e -> e.position() == work).hasSize(1);

        desk.clock.advance(Duration.ofMillis(1));
        relay.relay.pass();
        assertThat(pending("wecom", work).attempts()).isEqualTo(2);
        assertThat(pending("wecom", work).nextAttemptAt()).isEqualTo(start.plusMillis(500 + 1000));

        desk.clock.advance(Duration.ofSeconds(1));
        relay.relay.pass();
        assertThat(wecom.deliveredPositions()).endsWith(work);
        assertThat(relay.deliveries.find("wecom", work)).isEmpty();
        assertThat(metrics.failed).isEqualTo(2);
    }

    @Test
    void aDeadLetterHoldsItsTicketBackWhileOtherTicketsFlow() {
        log(printer);
        log(network);
        long stuck = work(printer);
        wecom.failing(stuck, 3);
        relay.relay.pass();
        desk.clock.advance(Duration.ofSeconds(1));
        relay.relay.pass();
        desk.clock.advance(Duration.ofSeconds(2));
        relay.relay.pass();

        long heldBack = work(printer);
        long flowing = work(network);
        desk.clock.advance(Duration.ofHours(1));
        relay.relay.pass();

        assertThat(pending("wecom", stuck).state()).isEqualTo(State.DEAD);
        assertThat(pending("wecom", stuck).attempts()).isEqualTo(3);
        assertThat(pending("wecom", heldBack).state()).isEqualTo(State.HELD);
        assertThat(wecom.deliveredPositions()).contains(flowing).doesNotContain(stuck, heldBack);
        assertThat(relay.deliveries.dead("wecom", 0, 10)).extracting(PendingDelivery::position).containsExactly(stuck);
        assertThat(metrics.deadLettered).isEqualTo(1);
        assertThat(metrics.lastDead).isEqualTo(1);
    }

    @Test
    void eventsTheSubscriberDoesNotWantOnlyMoveItsPositionOn() {
        RecordingSubscriber networkOnly = new RecordingSubscriber("network-only",
                event -> event.orderingKey().equals(network.id().toString()));
        subscribers.add(networkOnly);
        relay.relay.pass();
        log(printer);
        List<Long> networks = log(network);
        long printerWork = work(printer);

        NotificationRelay.Pass pass = relay.relay.pass();

        assertThat(networkOnly.attempts()).extracting(RelayedEvent::position).containsExactlyElementsOf(networks);
        assertThat(relay.positions.find("network-only")).contains(printerWork);
        assertThat(pass.passedOver()).isEqualTo(desk.events.head() - networks.size());
    }

    @Test
    void aPositionMovedOnByAnotherNodeStopsThisPassForThatSubscriberAndNothingIsQueued() {
        List<Long> raised = log(printer);
        long at = relay.positions.find("wecom").orElseThrow();
        // another node took over and went on while this one was paused
        desk.transactions.inTransaction(() -> relay.positions.advance("wecom", at, raised.get(0)));
        Subscriber pausedNode = new Subscriber() {
            @Override
            public String name() {
                return "wecom";
            }

            @Override
            public boolean wants(RelayedEvent event) {
                return true;
            }

            @Override
            public void deliver(RelayedEvent event) {
                wecom.deliver(event);
            }
        };
        NotificationRelay stale = NotificationRelay.create(new RelayPorts(desk.ports,
                new FixedStartPositions(relay.positions, at), relay.deliveries), SETTINGS,
                List.of(() -> List.of(pausedNode)), RelayMetrics.NONE);

        NotificationRelay.Pass pass = stale.pass();

        assertThat(pass.fenced()).isEqualTo(1);
        assertThat(wecom.deliveredPositions()).hasSize(1); // the event in flight: the one duplicate a takeover costs
        assertThat(relay.positions.find("wecom")).contains(raised.get(0));
    }

    @Test
    void aSubscriberAddedLaterIsFedFromTheHeadAsItWasWhenItFirstCame() {
        log(printer);
        RecordingSubscriber later = new RecordingSubscriber("later");
        subscribers.add(later);
        relay.relay.pass();
        long head = desk.events.head();
        subscribers.remove(later);
        long whileAway = work(printer);
        relay.relay.pass();
        subscribers.add(later);

        relay.relay.pass();

        assertThat(relay.positions.find("later")).contains(whileAway);
        assertThat(later.deliveredPositions()).containsExactly(whileAway);
        assertThat(head).isLessThan(whileAway);
    }

    @Test
    void followingForABudgetRunsPassesUntilItIsUsedAndDeliversWhatIsLogged() {
        List<Long> raised = log(printer);
        NotificationRelay idle = NotificationRelay.create(relay.ports, SETTINGS.withIdlePause(Duration.ofMillis(20)),
                List.of(() -> List.copyOf(subscribers)), metrics);
        long start = System.nanoTime();

        NotificationRelay.Pass followed = idle.follow(Duration.ofMillis(200));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200),
                Duration.ofSeconds(5));
        assertThat(followed.delivered()).isEqualTo(raised.size());
        assertThat(wecom.deliveredPositions()).containsExactlyElementsOf(raised);
        assertThat(metrics.delivered).isEqualTo(raised.size());
        assertThat(metrics.lastBehind).isZero();
    }

    /** Makes the printer's first work entry a dead letter, with the next one held behind it. */
    private long[] deadLetterWithOneHeld() {
        log(printer);
        long stuck = work(printer);
        wecom.failing(stuck, 3);
        relay.relay.pass();
        desk.clock.advance(Duration.ofSeconds(1));
        relay.relay.pass();
        desk.clock.advance(Duration.ofSeconds(2));
        relay.relay.pass();
        long held = work(printer);
        relay.relay.pass();
        assertThat(pending("wecom", stuck).state()).isEqualTo(State.DEAD);
        return new long[] {stuck, held};
    }

    @Test
    void aReplayedDeadLetterIsDeliveredAtOnceAndThenItsHeldEventsInOrderWithTheReplayInTheAuditTrail() {
        long[] letters = deadLetterWithOneHeld();
        RelayManagement management = relay.management(DemoHospital.settings());

        PendingDelivery due = management.deadLetters().replay(
                new RelayCommand.ReplayDeadLetter(DIRECTOR_GAO, "wecom", letters[0]));
        relay.relay.pass();

        assertThat(due.attempts()).isZero();
        // the replay's own event, appended after them, follows them
        assertThat(wecom.deliveredPositions()).endsWith(letters[0], letters[1], desk.events.head());
        assertThat(relay.deliveries.standings()).isEmpty();
        assertThat(desk.events.all()).last().isEqualTo(new RelayEvent.DeadLetterReplayed("wecom", letters[0],
                DIRECTOR_GAO.staffId(), desk.clock.instant()));
    }

    @Test
    void aSkippedDeadLetterIsNeverDeliveredAndReleasesTheNextEventOfItsTicketWithTheReasonLogged() {
        long[] letters = deadLetterWithOneHeld();
        RelayManagement management = relay.management(DemoHospital.settings());

        Optional<PendingDelivery> released = management.deadLetters().skip(new RelayCommand.SkipDeadLetter(
                DIRECTOR_GAO, "wecom", letters[0], " the ward was told by phone "));
        relay.relay.pass();

        assertThat(released).map(PendingDelivery::position).contains(letters[1]);
        assertThat(wecom.deliveredPositions()).endsWith(letters[1], desk.events.head()).doesNotContain(letters[0]);
        assertThat(desk.events.all()).last().isEqualTo(new RelayEvent.DeadLetterSkipped("wecom", letters[0],
                "the ward was told by phone", DIRECTOR_GAO.staffId(), desk.clock.instant()));
    }

    @Test
    void onlyThoseWhoManageDeadLettersReplayOrSkipThemAndOnlyDeadLettersCanBe() {
        long[] letters = deadLetterWithOneHeld();
        RelayManagement management = relay.management(DemoHospital.settings());
        int logged = desk.events.all().size();

        assertThatThrownBy(() -> management.deadLetters().replay(
                new RelayCommand.ReplayDeadLetter(ENGINEER_LIU, "wecom", letters[0])))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> management.deadLetters().skip(
                new RelayCommand.SkipDeadLetter(DIRECTOR_GAO, "wecom", letters[1], "held, not dead")))
                .isInstanceOf(DeadLetterNotFoundException.class)
                .hasMessageContaining("wecom").hasMessageContaining(Long.toString(letters[1]));
        assertThatThrownBy(() -> management.deadLetters().skip(
                new RelayCommand.SkipDeadLetter(DIRECTOR_GAO, "wecom", letters[0], " ")))
                .isInstanceOf(InvalidCommandException.class);

        assertThat(pending("wecom", letters[0]).state()).isEqualTo(State.DEAD);
        assertThat(desk.events.all()).hasSize(logged);
    }

    @Test
    void theOverviewShowsEachSubscribersPositionHowFarBehindItIsAndItsPendingAndDeadLetters() {
        long[] letters = deadLetterWithOneHeld();
        work(network);
        RelayManagement management = relay.management(DemoHospital.settings());

        RelayOverview overview = management.queries().overview(DIRECTOR_GAO);

        assertThat(overview.head()).isEqualTo(desk.events.head());
        assertThat(overview.subscribers()).singleElement().satisfies(wecomStanding -> {
            assertThat(wecomStanding.name()).isEqualTo("wecom");
            assertThat(wecomStanding.active()).isTrue();
            assertThat(wecomStanding.position()).isEqualTo(letters[1]);
            assertThat(wecomStanding.behind()).isEqualTo(desk.events.head() - letters[1]);
            assertThat(wecomStanding.pending()).isEqualTo(2);
            assertThat(wecomStanding.deadLetters()).isEqualTo(1);
            assertThat(wecomStanding.oldestPending()).isPresent();
        });
        assertThat(management.queries().deadLetters(DIRECTOR_GAO, "wecom", 0, 10))
                .extracting(PendingDelivery::position).containsExactly(letters[0]);
        assertThatThrownBy(() -> management.queries().overview(NURSE_WANG)).isInstanceOf(NotPermittedException.class);
    }

    /** The positions as a node saw them before it was paused: it still believes the subscriber is at {@code at}. */
    private record FixedStartPositions(RelayPositions stored, long at) implements RelayPositions {
        @Override
        public Optional<Long> find(String subscriber) {
            return Optional.of(at);
        }

        @Override
        public boolean start(String subscriber, long position) {
            return stored.start(subscriber, position);
        }

        @Override
        public boolean advance(String subscriber, long from, long to) {
            return stored.advance(subscriber, from, to);
        }

        @Override
        public Map<String, Long> all() {
            return stored.all();
        }
    }

    /** Counts what the relay reports. */
    private static final class CountingMetrics implements RelayMetrics {
        int delivered;
        int failed;
        int deadLettered;
        long lastBehind = -1;
        long lastDead = -1;

        @Override
        public void delivered(String subscriber, Duration lag) {
            delivered++;
        }

        @Override
        public void failed(String subscriber) {
            failed++;
        }

        @Override
        public void deadLettered(String subscriber) {
            deadLettered++;
        }

        @Override
        public void standing(String subscriber, long events, long deadLetters) {
            if (subscriber.equals("wecom")) {
                lastBehind = events;
                lastDead = deadLetters;
            }
        }
    }
}
