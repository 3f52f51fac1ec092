package org.itilhis.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.repair.RepairFixture.ENGINEER_LIU;
import static org.itilhis.core.repair.RepairFixture.FAULT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class RepairTest {
    private final RepairFixture fixture = new RepairFixture();

    @Test
    void aRepairSentAndReturnedRecordsItsDowntimeFromTheFaultToTheReturn() {
        Repair repair = fixture.opened();
        repair.sendToRepair("送厂家", ENGINEER_LIU, fixture.tick());
        Instant back = fixture.tick();
        repair.returnFromRepair(null, "换屏后正常", ENGINEER_LIU, back);

        assertThat(repair.status()).isEqualTo(RepairStatus.RETURNED);
        assertThat(repair.downtime().start()).isEqualTo(FAULT);
        assertThat(repair.downtime().end()).contains(back);
        assertThat(repair.pullEvents()).hasExactlyElementsOfTypes(RepairEvent.SentToRepair.class,
                RepairEvent.Returned.class);
        assertThat(repair.version()).isEqualTo(3);
    }

    @Test
    void aDowntimeStartingAfterTheRepairIsOpenedIsRefused() {
        Instant now = fixture.now();

        assertThatThrownBy(() -> Repair.open(new RepairId(java.util.UUID.randomUUID()),
                RepairFixture.opening(now.plusSeconds(61)), ENGINEER_LIU, now.plusSeconds(60)))
                .isInstanceOfSatisfying(RepairTimeInFutureException.class,
                        e -> assertThat(e.field()).isEqualTo("downtimeStart"));
    }

    @Test
    void aReturnEndingTheDowntimeBeforeItStartedIsRefusedAndChangesNothing() {
        Repair repair = fixture.opened();
        repair.sendToRepair(null, ENGINEER_LIU, fixture.tick());
        RepairSnapshot before = repair.snapshot();

        assertThatThrownBy(() -> repair.returnFromRepair(FAULT.minusSeconds(1), null, ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(DowntimeEndsBeforeStartException.class);
        assertThat(repair.snapshot()).isEqualTo(before);
    }

    @Test
    void aReturnEndingTheDowntimeInTheFutureIsRefused() {
        Repair repair = fixture.opened();
        repair.sendToRepair(null, ENGINEER_LIU, fixture.tick());
        Instant now = fixture.tick();

        assertThatThrownBy(() -> repair.returnFromRepair(now.plusSeconds(1), null, ENGINEER_LIU, now))
                .isInstanceOfSatisfying(RepairTimeInFutureException.class,
                        e -> assertThat(e.field()).isEqualTo("downtimeEnd"));
        assertThat(repair.status()).isEqualTo(RepairStatus.IN_REPAIR);
    }

    @Test
    void anIllegalStepSaysWhichStepsAreAllowed() {
        Repair repair = fixture.opened();
        repair.sendToRepair(null, ENGINEER_LIU, fixture.tick());

        assertThatThrownBy(() -> repair.cancel("不修了", ENGINEER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowedActions())
                        .containsExactlyInAnyOrder("RETURN_FROM_REPAIR", "RECORD_COST", "USE_PARTS"));
    }

    @Test
    void cancellingNeedsAReason() {
        Repair repair = fixture.opened();

        assertThatThrownBy(() -> repair.cancel(" ", ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(MissingRequiredFieldException.class);
        repair.cancel("未发现故障", ENGINEER_LIU, fixture.tick());
        assertThat(repair.cancelReason()).contains("未发现故障");
        assertThat(repair.status().isTerminal()).isTrue();
    }

    @Test
    void theLastRecordedCostCountsAndPartsAddUpInOrder() {
        Repair repair = fixture.opened();
        repair.recordCost(Money.yuan("800"), ENGINEER_LIU, fixture.tick());
        repair.recordCost(Money.of(new BigDecimal("1250.5"), null), ENGINEER_LIU, fixture.tick());
        repair.useParts("HDD-1TB", "信息中心库房", 1, ENGINEER_LIU, fixture.tick());
        repair.useParts("PSU-500W", "信息中心库房", 2, ENGINEER_LIU, fixture.tick());

        assertThat(repair.cost()).contains(new Money(new BigDecimal("1250.50"), "CNY"));
        assertThat(repair.parts()).extracting(PartUsed::item).containsExactly("HDD-1TB", "PSU-500W");
    }

    @Test
    void aClosedRepairTakesNoMoreCostsOrParts() {
        Repair repair = fixture.opened();
        repair.sendToRepair(null, ENGINEER_LIU, fixture.tick());
        repair.returnFromRepair(null, null, ENGINEER_LIU, fixture.tick());
        repair.close(ENGINEER_LIU, fixture.tick());

        assertThatThrownBy(() -> repair.recordCost(Money.yuan("1"), ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> repair.useParts("HDD-1TB", "库房", 1, ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRestoredRepairIsInTheSameState() {
        Repair repair = fixture.opened();
        repair.sendToRepair(null, ENGINEER_LIU, fixture.tick());
        repair.recordCost(Money.yuan("99.9"), ENGINEER_LIU, fixture.tick());

        assertThat(Repair.restore(repair.snapshot()).snapshot()).isEqualTo(repair.snapshot());
    }

    @Test
    void moneyRefusesAnUnknownCurrencyAndKeepsCents() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "RMB")).isInstanceOf(UnknownCurrencyException.class);
        assertThat(Money.of(new BigDecimal("120"), "USD")).isEqualTo(new Money(new BigDecimal("120.00"), "USD"));
    }

    @Test
    void aDowntimeOverlapsAPeriodItTouchesAndRunsUntilNowWhileOpen() {
        Instant start = Instant.parse("2027-03-02T01:00:00Z");
        Downtime open = Downtime.since(start);

        assertThat(open.overlaps(start.minusSeconds(3600), start)).isFalse();
        assertThat(open.overlaps(start, start.plusSeconds(1))).isTrue();
        assertThat(open.length(start.plusSeconds(600))).isEqualTo(Duration.ofMinutes(10));
    }
}
