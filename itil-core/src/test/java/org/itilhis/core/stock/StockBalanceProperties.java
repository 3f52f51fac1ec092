package org.itilhis.core.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of receipts, takings and counts on one balance: it is always the sum of the
 * accepted movements (a count resets the sum to itself), never negative, a refused taking
 * changes nothing, and the owner is alerted once per fall to or below the threshold.
 */
class StockBalanceProperties {
    private static final StockItemCode TONER = StockItemCode.of("TONER-HP-88A");
    private static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");

    enum Kind { RECEIVE, TAKE, COUNT }

    record Step(Kind kind, long quantity) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs().between(1, 12)).as(Step::new);
    }

    @Property(tries = 500)
    void theBalanceIsTheSumOfAcceptedMovementsNeverNegativeAndAlertedOncePerCrossing(
            @ForAll @Size(max = 60) List<@From("steps") Step> steps,
            @ForAll("thresholds") OptionalLong threshold) {
        StockBalance balance = StockBalance.empty(TONER, B1);
        long sum = 0;
        int alerts = 0;
        int crossings = 0;
        boolean low = false;
        for (Step step : steps) {
            StockBalance before = balance;
            try {
                balance = switch (step.kind()) {
                    case RECEIVE -> balance.received(step.quantity());
                    case TAKE -> balance.taken(step.quantity());
                    case COUNT -> balance.counted(step.quantity() - 1);
                };
                sum = step.kind() == Kind.COUNT ? step.quantity() - 1
                        : sum + (step.kind() == Kind.RECEIVE ? step.quantity() : -step.quantity());
            } catch (InsufficientStockException refused) {
                assertThat(step.quantity()).isGreaterThan(before.quantity());
                assertThat(refused.held()).isEqualTo(before.quantity());
                assertThat(balance).isSameAs(before);
                continue;
            }
            StockBalance.ReorderSignal signal = balance.reorderSignal(threshold);
            alerts += signal == StockBalance.ReorderSignal.ALERT ? 1 : 0;
            balance = balance.signalled(signal);
            boolean nowLow = threshold.isPresent() && balance.quantity() <= threshold.getAsLong();
            crossings += nowLow && !low ? 1 : 0;
            low = nowLow;
            assertThat(balance.quantity()).isEqualTo(sum).isNotNegative();
            assertThat(balance.reorderAlerted()).isEqualTo(low);
        }
        assertThat(alerts).isEqualTo(crossings);
    }

    @Provide
    Arbitrary<OptionalLong> thresholds() {
        return Arbitraries.longs().between(0, 6).map(OptionalLong::of).injectNull(0.2)
                .map(t -> t == null ? OptionalLong.empty() : t);
    }
}
