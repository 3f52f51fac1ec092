package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.StockSamples.AT;
import static org.itilhis.testkit.contract.StockSamples.DISK;
import static org.itilhis.testkit.contract.StockSamples.RADIOLOGY;
import static org.itilhis.testkit.contract.StockSamples.TONER;
import static org.itilhis.testkit.contract.StockSamples.WARD_5_EAST;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.StockMovements;
import org.itilhis.ports.operations.out.StockMovements.Usage;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StockMovements} must do: keep every movement whole in the order appended
 * (growing positions), find one by id, page an item's ledger after a position, sum the issues
 * per department and item within an interval (its start included, its end not), and take part
 * in transactions. Each test expects empty storage.
 */
public interface StockMovementsContract {
    StockMovements movements();

    Transactions transactions();

    private long append(StockMovement movement) {
        return transactions().inTransaction(() -> movements().append(movement));
    }

    @Test
    default void everyKindOfMovementComesBackEqualInTheOrderAppended() {
        List<StockMovement> appended = List.of(StockSamples.received(1, TONER, 5, AT),
                StockSamples.issued(2, TONER, 2, Optional.of(RADIOLOGY), AT),
                StockSamples.transferred(3, TONER, 2), StockSamples.counted(4, TONER, 0, 1));
        List<Long> positions = appended.stream().map(this::append).toList();

        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(movements().ofItem(TONER, 0, 10)).extracting(StockLedgerEntry::movement)
                .containsExactlyElementsOf(appended);
        assertThat(movements().ofItem(TONER, 0, 10)).extracting(StockLedgerEntry::position)
                .containsExactlyElementsOf(positions);
        assertThat(movements().find(StockSamples.id(2))).contains(new StockLedgerEntry(positions.get(1),
                appended.get(1)));
        assertThat(movements().find(StockSamples.id(9))).isEmpty();
    }

    @Test
    default void anItemsLedgerIsPagedAfterAPositionAndHoldsOnlyItsMovements() {
        for (int i = 1; i <= 5; i++) {
            append(StockSamples.received(i, TONER, i, AT));
            append(StockSamples.received(100 + i, DISK, i, AT));
        }

        List<StockLedgerEntry> first = movements().ofItem(TONER, 0, 2);
        List<StockLedgerEntry> rest = movements().ofItem(TONER, first.get(1).position(), 10);

        assertThat(first).extracting(e -> e.movement().movementId()).containsExactly(StockSamples.id(1),
                StockSamples.id(2));
        assertThat(rest).extracting(e -> e.movement().movementId()).containsExactly(StockSamples.id(3),
                StockSamples.id(4), StockSamples.id(5));
        assertThat(movements().ofItem(TONER, rest.get(2).position(), 10)).isEmpty();
    }

    @Test
    default void issuesNamingADepartmentAreSummedPerDepartmentAndItemWithinTheInterval() {
        Instant march = Instant.parse("2027-02-28T16:00:00Z");
        Instant april = Instant.parse("2027-03-31T16:00:00Z");
        append(StockSamples.issued(1, TONER, 2, Optional.of(RADIOLOGY), march));
        append(StockSamples.issued(2, TONER, 3, Optional.of(RADIOLOGY), april.minusNanos(1000)));
        append(StockSamples.issued(3, DISK, 1, Optional.of(RADIOLOGY), AT));
        append(StockSamples.issued(4, TONER, 4, Optional.of(WARD_5_EAST), AT));
        append(StockSamples.issued(5, TONER, 7, Optional.empty(), AT));
        append(StockSamples.issued(6, TONER, 9, Optional.of(RADIOLOGY), april));
        append(StockSamples.issued(7, TONER, 9, Optional.of(RADIOLOGY), march.minus(Duration.ofSeconds(1))));
        append(StockSamples.received(8, TONER, 50, AT));

        assertThat(movements().issuedPerDepartment(march, april)).containsExactly(new Usage(RADIOLOGY, DISK, 1),
                new Usage(RADIOLOGY, TONER, 5), new Usage(WARD_5_EAST, TONER, 4));
        assertThat(movements().issuedPerDepartment(april, april.plus(Duration.ofDays(30))))
                .containsExactly(new Usage(RADIOLOGY, TONER, 9));
    }

    @Test
    default void aRolledBackAppendLeavesNoMovement() {
        append(StockSamples.received(1, TONER, 5, AT));

        ContractSupport.rolledBack(transactions(), () -> movements().append(StockSamples.received(2, TONER, 1, AT)));

        assertThat(movements().ofItem(TONER, 0, 10)).hasSize(1);
        assertThat(movements().find(StockSamples.id(2))).isEmpty();
    }

    @Test
    default void newIdsAreNeverTheSame() {
        assertThat(List.of(movements().nextId(), movements().nextId(), movements().nextId())).doesNotHaveDuplicates();
    }
}
