package org.itilhis.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.stock.InsufficientStockException;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;

/**
 * Random sequences of receipts, issues, transfers and stock-takes of one toner between three
 * rooms, through the real use cases on a fresh in-memory stock. After every step: each stored
 * balance is the one the model expects, never negative, and the ledger's movements add up to
 * it; a refused movement was exactly one of more than was held and changed nothing (balances,
 * ledger, event log, notifications); the owner was told once per fall to or below the threshold.
 */
class StockLedgerProperties {
    static final StockItemCode TONER = StockItemCode.of("TONER-HP-88A");
    static final List<StoreRoomCode> ROOMS = List.of(StoreRoomCode.of("B1"), StoreRoomCode.of("B2"),
            StoreRoomCode.of("WARD-5E"));
    static final long THRESHOLD = 3;

    @Property(tries = 200)
    void balancesAreTheSumOfTheLedgerNeverNegativeAndRefusalsChangeNothing(
            @ForAll("stockActivity") ActionChain<Model> chain) {
        Model end = chain.withInvariant("balances", Model::check).run();
        end.outcomes.forEach((outcome, count) -> Statistics.label("outcomes").collect(outcome));
        Statistics.label("outcomes").coverage(c -> c.check("refused").count(n -> n >= 10));
    }

    @Provide
    ActionChainArbitrary<Model> stockActivity() {
        Arbitrary<StoreRoomCode> rooms = Arbitraries.of(ROOMS);
        Arbitrary<Long> quantities = Arbitraries.longs().between(1, 8);
        return ActionChain.startWith(Model::fresh)
                .withAction(3, (Action.Independent<Model>) () -> Combinators.combine(rooms, quantities)
                        .as((room, q) -> Transformer.mutate("receive " + q + " into " + room,
                                m -> m.receive(room, q))))
                .withAction(4, (Action.Independent<Model>) () -> Combinators.combine(rooms, quantities)
                        .as((room, q) -> Transformer.mutate("issue " + q + " from " + room, m -> m.issue(room, q))))
                .withAction(2, (Action.Independent<Model>) () -> Combinators.combine(rooms, rooms, quantities)
                        .filter((from, to, q) -> !from.equals(to))
                        .as((from, to, q) -> Transformer.mutate("transfer " + q + " " + from + "->" + to,
                                m -> m.transfer(from, to, q))))
                .withAction(1, (Action.Independent<Model>) () -> Combinators.combine(rooms,
                                Arbitraries.longs().between(0, 8))
                        .as((room, c) -> Transformer.mutate("count " + c + " in " + room, m -> m.count(room, c))))
                .withMaxTransformations(40);
    }

    static final class Model {
        final InMemoryServiceDesk desk = DemoHospital.inMemory();
        final InMemoryStock stock = new InMemoryStock(desk, DemoHospital.settings(), StockSettings.hospitalDefault());
        final Map<StoreRoomCode, Long> expected = new HashMap<>();
        final Map<StoreRoomCode, Boolean> low = new HashMap<>();
        final Map<String, Integer> outcomes = new HashMap<>();
        int crossings;

        static Model fresh() {
            Model model = new Model();
            Map<String, Long> thresholds = new HashMap<>();
            for (StoreRoomCode room : ROOMS) {
                model.stock.ledger.stock().defineStoreRoom(new StockCommand.DefineStoreRoom(DemoHospital.LEAD_SUN,
                        room.value(), null, "room " + room));
                thresholds.put(room.value(), THRESHOLD);
            }
            model.stock.ledger.stock().defineItem(new StockCommand.DefineItem(DemoHospital.LEAD_SUN, TONER.value(),
                    "HP 88A", "piece", StockKind.CONSUMABLE, null, DemoHospital.LEAD_SUN.staffId(), thresholds));
            return model;
        }

        long held(StoreRoomCode room) {
            return expected.getOrDefault(room, 0L);
        }

        void receive(StoreRoomCode room, long q) {
            attempt(false, () -> stock.ledger.stock().receive(new StockCommand.Receive(DemoHospital.ENGINEER_LIU,
                    TONER.value(), room.value(), q, null, null, null)));
            set(room, held(room) + q);
        }

        void issue(StoreRoomCode room, long q) {
            if (attempt(q > held(room), () -> stock.ledger.stock().issue(new StockCommand.Issue(
                    DemoHospital.ENGINEER_LIU, TONER.value(), room.value(), q, RecipientKind.DEPARTMENT, "radiology",
                    null, null)))) {
                set(room, held(room) - q);
            }
        }

        void transfer(StoreRoomCode from, StoreRoomCode to, long q) {
            if (attempt(q > held(from), () -> stock.ledger.stock().transfer(new StockCommand.Transfer(
                    DemoHospital.ENGINEER_LIU, TONER.value(), from.value(), to.value(), q, null)))) {
                set(from, held(from) - q);
                set(to, held(to) + q);
            }
        }

        void count(StoreRoomCode room, long counted) {
            attempt(false, () -> stock.ledger.stock().takeStock(new StockCommand.TakeStock(DemoHospital.LEAD_SUN,
                    TONER.value(), room.value(), counted, null, null)));
            set(room, counted);
        }

        private void set(StoreRoomCode room, long quantity) {
            expected.put(room, quantity);
            boolean nowLow = quantity <= THRESHOLD;
            if (nowLow && !low.getOrDefault(room, false)) {
                crossings++;
            }
            low.put(room, nowLow);
        }

        /** Runs a movement the model expects refused or not; a refused one must change nothing. */
        private boolean attempt(boolean refusalExpected, Runnable movement) {
            Object before = picture();
            try {
                movement.run();
            } catch (InsufficientStockException refused) {
                assertThat(refusalExpected).as("refused: " + refused.getMessage()).isTrue();
                assertThat(picture()).isEqualTo(before);
                outcomes.merge("refused", 1, Integer::sum);
                return false;
            }
            assertThat(refusalExpected).as("accepted although more than held was asked").isFalse();
            outcomes.merge("accepted", 1, Integer::sum);
            return true;
        }

        private Object picture() {
            return List.of(stock.balances.ofItem(TONER), stock.movements.ofItem(TONER, 0, 1000),
                    List.<DomainEvent>copyOf(desk.events.all()), List.<Notification>copyOf(desk.notifier.sent()));
        }

        void check() {
            Map<StoreRoomCode, Long> fromLedger = new HashMap<>();
            for (StockLedgerEntry entry : stock.movements.ofItem(TONER, 0, 10_000)) {
                entry.movement().accept(new StockMovement.Visitor<Void>() {
                    @Override
                    public Void received(StockMovement.Received e) {
                        fromLedger.merge(e.room(), e.quantity(), Long::sum);
                        return null;
                    }

                    @Override
                    public Void issued(StockMovement.Issued e) {
                        fromLedger.merge(e.room(), -e.quantity(), Long::sum);
                        return null;
                    }

                    @Override
                    public Void transferred(StockMovement.Transferred e) {
                        fromLedger.merge(e.from(), -e.quantity(), Long::sum);
                        fromLedger.merge(e.to(), e.quantity(), Long::sum);
                        return null;
                    }

                    @Override
                    public Void counted(StockMovement.Counted e) {
                        assertThat(fromLedger.getOrDefault(e.room(), 0L)).isEqualTo(e.previous());
                        fromLedger.put(e.room(), e.counted());
                        return null;
                    }
                });
            }
            for (StoreRoomCode room : ROOMS) {
                long stored = stock.balances.find(TONER, room).map(StockBalance::quantity).orElse(0L);
                assertThat(stored).as("balance in " + room).isEqualTo(held(room)).isNotNegative()
                        .isEqualTo(fromLedger.getOrDefault(room, 0L));
            }
            assertThat(desk.notifier.sent()).filteredOn(n -> n.topic().equals("stock.reorder-level-reached"))
                    .hasSize(crossings);
        }
    }
}
