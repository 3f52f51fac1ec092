package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.StockSamples.B1;
import static org.itilhis.testkit.contract.StockSamples.DISK;
import static org.itilhis.testkit.contract.StockSamples.TONER;
import static org.itilhis.testkit.contract.StockSamples.disk;
import static org.itilhis.testkit.contract.StockSamples.toner;

import java.util.Map;
import java.util.Optional;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.StockItemRepository;
import org.itilhis.ports.operations.out.StoreRooms;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StockItemRepository} and {@link StoreRooms} must do: keep each item and room
 * whole (Chinese names, thresholds per room) at its current version, accept only version 1 of a
 * new code and the next version of a stored one, and take part in transactions. Each test
 * expects empty storage.
 */
public interface StockCatalogueContract {
    StockItemRepository stockItems();

    StoreRooms storeRooms();

    Transactions transactions();

    private void save(StockItem item) {
        ContractSupport.committed(transactions(), () -> stockItems().save(item));
    }

    @Test
    default void aNewItemIsFoundEqualWithItsThresholdsAndOthersAreNot() {
        save(toner());

        assertThat(stockItems().find(TONER)).contains(toner());
        assertThat(stockItems().find(TONER).orElseThrow().reorderThreshold(B1)).hasValue(2);
        assertThat(stockItems().find(DISK)).isEmpty();
    }

    @Test
    default void theNextVersionReplacesTheStoredOne() {
        save(toner());
        StockItem revised = toner().revised("HP 88A toner", "piece", StockKind.CONSUMABLE, Optional.empty(),
                StockSamples.ENGINEER, Map.of(StoreRoomCode.of("OUTPATIENT"), 5L));

        save(revised);

        assertThat(stockItems().find(TONER)).contains(revised);
    }

    @Test
    default void aTakenCodeOrAVersionThatDoesNotFollowTheStoredOneIsAVersionConflict() {
        save(toner());
        StockItem skipping = toner().revised("x", "piece", StockKind.CONSUMABLE, Optional.empty(), StockSamples.LEAD,
                Map.of()).revised("y", "piece", StockKind.CONSUMABLE, Optional.empty(), StockSamples.LEAD, Map.of());

        assertThatThrownBy(() -> save(toner())).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> save(skipping)).isInstanceOf(VersionConflictException.class);
        assertThat(stockItems().find(TONER)).contains(toner());
    }

    @Test
    default void aRolledBackSaveLeavesTheItemsAsTheyWere() {
        save(toner());

        ContractSupport.rolledBack(transactions(), () -> {
            stockItems().save(toner().revised("x", "piece", StockKind.CONSUMABLE, Optional.empty(),
                    StockSamples.LEAD, Map.of()));
            stockItems().save(disk());
        });

        assertThat(stockItems().find(TONER)).contains(toner());
        assertThat(stockItems().find(DISK)).isEmpty();
    }

    @Test
    default void allListsEveryItemByCode() {
        save(toner());
        save(disk());

        assertThat(stockItems().all()).containsExactly(disk(), toner());
    }

    @Test
    default void storeRoomsAreKeptAtTheirVersionsAndListedByCode() {
        StoreRoom ward = StoreRoom.of(StockSamples.WARD, "5 病区东 ward 5 east");
        ContractSupport.committed(transactions(), () -> {
            storeRooms().save(ward);
            storeRooms().save(StockSamples.b1());
        });
        ContractSupport.committed(transactions(), () -> storeRooms().save(ward.renamed("Ward 5 east cupboard")));

        assertThat(storeRooms().find(StockSamples.WARD)).contains(ward.renamed("Ward 5 east cupboard"));
        assertThat(storeRooms().all()).extracting(StoreRoom::code).containsExactly(B1, StockSamples.WARD);
        assertThatThrownBy(() -> ContractSupport.committed(transactions(), () -> storeRooms().save(ward)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> ContractSupport.committed(transactions(),
                () -> storeRooms().save(StockSamples.b1().renamed("x").renamed("y"))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(storeRooms().find(StoreRoomCode.of("NOWHERE"))).isEmpty();
    }
}
