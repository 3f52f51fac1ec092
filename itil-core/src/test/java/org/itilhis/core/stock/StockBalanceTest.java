package org.itilhis.core.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class StockBalanceTest {
    private static final StockItemCode DISK = StockItemCode.of("HDD-2T-SATA");
    private static final StoreRoomCode B1 = StoreRoomCode.of("IT-STORE-B1");

    @Test
    void takingMoreThanIsHeldIsRefusedNamingItemRoomHeldAndAskedInBothLanguages() {
        StockBalance one = StockBalance.empty(DISK, B1).received(1);

        assertThatThrownBy(() -> one.taken(2)).isInstanceOfSatisfying(InsufficientStockException.class, e -> {
            assertThat(e.held()).isEqualTo(1);
            assertThat(e.messageIn(Locale.ENGLISH)).contains("IT-STORE-B1", "HDD-2T-SATA", "holds 1", "the 2 asked");
            assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("库房 IT-STORE-B1", "结存为 1", "申请的 2");
        });
        assertThat(one.taken(1).quantity()).isZero();
    }

    @Test
    void theOwnerIsAlertedAtOrBelowTheThresholdOnceAndReArmedAboveIt() {
        OptionalLong two = OptionalLong.of(2);
        StockBalance three = StockBalance.empty(DISK, B1).received(3);
        assertThat(three.reorderSignal(two)).isEqualTo(StockBalance.ReorderSignal.NONE);

        StockBalance alerted = three.taken(1).signalled(three.taken(1).reorderSignal(two));
        assertThat(three.taken(1).reorderSignal(two)).isEqualTo(StockBalance.ReorderSignal.ALERT);
        assertThat(alerted.taken(1).reorderSignal(two)).isEqualTo(StockBalance.ReorderSignal.NONE);
        assertThat(alerted.received(1).reorderSignal(two)).isEqualTo(StockBalance.ReorderSignal.REARM);
        assertThat(alerted.reorderSignal(OptionalLong.empty())).isEqualTo(StockBalance.ReorderSignal.REARM);
        assertThat(StockBalance.empty(DISK, B1).reorderSignal(OptionalLong.empty()))
                .isEqualTo(StockBalance.ReorderSignal.NONE);
    }

    @Test
    void aStockTakeReplacesTheBalanceAndTheCountedMovementKnowsTheDifference() {
        StockBalance ten = StockBalance.empty(DISK, B1).received(10);

        assertThat(ten.counted(7).quantity()).isEqualTo(7);
        assertThat(new StockMovement.Counted(new StockMovementId(new java.util.UUID(0, 1)), DISK, B1, 7, 10,
                Optional.empty(), StaffId.of("E0100"), java.time.Instant.EPOCH).difference()).isEqualTo(-3);
    }

    @Test
    void anItemKeepsItsThresholdsByRoomAndARevisionIsTheNextVersion() {
        StockItem disk = StockItem.define(DISK, "2 TB disk 硬盘", "piece", StockKind.SPARE_PART,
                Optional.of(" server "), StaffId.of("E0200"), Map.of(B1, 1L));

        assertThat(disk.reorderThreshold(B1)).hasValue(1);
        assertThat(disk.reorderThreshold(StoreRoomCode.of("WARD-5E"))).isEmpty();
        assertThat(disk.ciClass()).contains("server");
        StockItem revised = disk.revised("2 TB disk", "piece", StockKind.SPARE_PART, Optional.empty(),
                StaffId.of("E0200"), Map.of());
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.reorderThreshold(B1)).isEmpty();
    }

    @Test
    void codesAreLettersDigitsDotsDashesAndUnderscores() {
        assertThat(StockItemCode.isValid(" TONER-HP-88A ")).isTrue();
        assertThat(StockItemCode.isValid("toner 88a")).isFalse();
        assertThat(StockItemCode.isValid("")).isFalse();
        assertThatThrownBy(() -> StoreRoomCode.of("B1/2")).isInstanceOf(IllegalArgumentException.class);
    }
}
