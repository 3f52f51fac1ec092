package org.itilhis.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.notification.DeliveryBackoff;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.notification.in.RelayCommand;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.RelayManagement;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.itilhis.testkit.memory.InMemoryRelay;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * Random work logged on three tickets, a channel that fails at random and is down for some
 * tickets for a while, relay passes, clock steps, and an operator replaying or skipping dead
 * letters. After every step: no event of a ticket reaches the subscriber while an earlier one of
 * that ticket is undelivered (and not skipped), each ticket's first deliveries come in log order,
 * a skipped event never arrives. At the end, with the channel mended and every dead letter
 * replayed, every event has arrived (at least once, and on one node exactly once) or was skipped,
 * and nothing is pending.
 */
class NotificationRelayProperties {
    static final int TICKETS = 3;

    @Property(tries = 150)
    void eachTicketsEventsArriveInOrderAndAllArriveOnceTheDeadLettersAreReplayedOrSkipped(
            @ForAll("relayActivity") ActionChain<Model> chain) {
        Model end = chain.withInvariant("order per ticket", Model::check).run();
        end.drain();
        end.check();
        end.checkEverythingArrivedOrWasSkipped();
        Statistics.label("dead letters").collect(end.deadLetters > 0);
        Statistics.label("skipped").collect(!end.skipped.isEmpty());
        Statistics.label("dead letters").coverage(c -> c.check(true).count(n -> n >= 10));
    }

    @Provide
    ActionChainArbitrary<Model> relayActivity() {
        Arbitrary<Integer> tickets = Arbitraries.integers().between(0, TICKETS - 1);
        return ActionChain.startWith(Model::fresh)
                .withAction(5, (Action.Independent<Model>) () -> tickets
                        .map(t -> Transformer.mutate("work on ticket " + t, m -> m.work(t))))
                .withAction(4, (Action.Independent<Model>) () -> Arbitraries.just(
                        Transformer.mutate("pass", Model::pass)))
                .withAction(2, (Action.Independent<Model>) () -> Arbitraries.integers().between(0, 20)
                        .map(s -> Transformer.mutate("clock +" + s + " s", m -> m.step(Duration.ofSeconds(s)))))
                .withAction(1, (Action.Independent<Model>) () -> tickets
                        .map(t -> Transformer.mutate("channel down or up for ticket " + t, m -> m.toggle(t))))
                .withAction(1, (Action.Independent<Model>) () -> Arbitraries.just(
                        Transformer.mutate("replay every dead letter", Model::replayAll)))
                .withAction(1, (Action.Independent<Model>) () -> Arbitraries.just(
                        Transformer.mutate("skip the first dead letter", Model::skipFirst)))
                .withMaxTransformations(60);
    }

    static final class Model implements Subscriber {
        final InMemoryServiceDesk desk = DemoHospital.inMemory();
        final InMemoryRelay relay = new InMemoryRelay(desk, RelaySettings.defaults().withMaxAttempts(3)
                .withBatchSize(4).withBackoff(new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10)))
                .withJitter(new Random(19)::nextDouble), List.of(() -> List.of(this)), RelayMetrics.NONE);
        final RelayManagement management = relay.management(DemoHospital.settings());
        final List<Ticket> tickets = new ArrayList<>();
        final Random failures = new Random(7);
        final Set<String> down = new HashSet<>();
        /** Every event logged after the subscriber started, by ticket, in log order. */
        final Map<String, List<Long>> logged = new LinkedHashMap<>();
        final Set<Long> delivered = new HashSet<>();
        final Map<String, List<Long>> firstDeliveries = new HashMap<>();
        final Set<Long> skipped = new HashSet<>();
        final List<String> violations = new ArrayList<>();
        int deadLetters;

        static Model fresh() {
            Model model = new Model();
            model.relay.relay.pass(); // the subscriber starts at the head of the empty log
            for (int i = 0; i < TICKETS; i++) {
                Ticket ticket = TicketBuilder.aTicket().inProgress().build();
                model.tickets.add(ticket);
                model.log(ticket);
            }
            return model;
        }

        @Override
        public String name() {
            return "property";
        }

        @Override
        public boolean wants(RelayedEvent event) {
            return logged.containsKey(event.orderingKey());
        }

        @Override
        public void deliver(RelayedEvent event) {
            String key = event.orderingKey();
            if (down.contains(key) || failures.nextInt(5) == 0) {
                throw new IllegalStateException("the channel refused " + event.id());
            }
            for (long earlier : logged.get(key)) {
                if (earlier < event.position() && !delivered.contains(earlier) && !skipped.contains(earlier)) {
                    violations.add(event.id() + " arrived before evt_" + earlier + " of its ticket");
                }
            }
            if (skipped.contains(event.position())) {
                violations.add(event.id() + " arrived after it was skipped");
            }
            if (!delivered.add(event.position())) {
                violations.add(event.id() + " arrived twice on one node");
            }
            firstDeliveries.computeIfAbsent(key, k -> new ArrayList<>()).add(event.position());
        }

        void work(int ticket) {
            Ticket worked = tickets.get(ticket);
            worked.addWorkLog(5, "checked again", DemoHospital.ENGINEER_LIU.staffId(), desk.clock.instant());
            log(worked);
        }

        private void log(Ticket ticket) {
            long before = desk.events.head();
            desk.transactions.inTransaction(() -> {
                desk.events.append(ticket.pullEvents());
                return null;
            });
            for (long p = before + 1; p <= desk.events.head(); p++) {
                logged.computeIfAbsent(ticket.id().toString(), k -> new ArrayList<>()).add(p);
            }
        }

        void pass() {
            deadLetters += relay.relay.pass().deadLettered();
        }

        void step(Duration by) {
            desk.clock.advance(by);
        }

        void toggle(int ticket) {
            String key = tickets.get(ticket).id().toString();
            if (!down.remove(key)) {
                down.add(key);
            }
        }

        void replayAll() {
            for (PendingDelivery dead : relay.deliveries.dead(name(), 0, 1000)) {
                management.deadLetters().replay(new RelayCommand.ReplayDeadLetter(DemoHospital.DIRECTOR_GAO, name(),
                        dead.position()));
            }
        }

        void skipFirst() {
            relay.deliveries.dead(name(), 0, 1).forEach(dead -> {
                management.deadLetters().skip(new RelayCommand.SkipDeadLetter(DemoHospital.DIRECTOR_GAO, name(),
                        dead.position(), "given up in a property"));
                skipped.add(dead.position());
            });
        }

        /** Mends the channel, then replays dead letters and lets time pass until nothing is pending. */
        void drain() {
            down.clear();
            for (int round = 0; round < 200 && !drained(); round++) {
                replayAll();
                step(Duration.ofMinutes(1));
                pass();
            }
        }

        private boolean drained() {
            return relay.deliveries.standings().isEmpty()
                    && relay.positions.find(name()).orElseThrow() == desk.events.head();
        }

        void check() {
            assertThat(violations).isEmpty();
            firstDeliveries.forEach((key, positions) -> assertThat(positions).as("first deliveries of %s", key)
                    .isSortedAccordingTo(Long::compare));
        }

        void checkEverythingArrivedOrWasSkipped() {
            List<PendingDelivery> pending = new ArrayList<>();
            logged.values().forEach(positions -> positions.forEach(
                    position -> relay.deliveries.find(name(), position).ifPresent(pending::add)));
            assertThat(pending).as("pending after draining, the log at %s, the clock at %s",
                    relay.positions.find(name()), desk.clock.instant()).isEmpty();
            logged.forEach((key, positions) -> positions.forEach(position -> assertThat(
                    delivered.contains(position) || skipped.contains(position))
                    .as("evt_%s of %s arrived or was skipped", position, key).isTrue()));
            assertThat(relay.positions.find(name())).contains(desk.events.head());
        }
    }
}
