package org.itilhis.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.inspection.InspectionFixtures.DUE;
import static org.itilhis.core.inspection.InspectionFixtures.GRACE;
import static org.itilhis.core.inspection.InspectionFixtures.LEAD;
import static org.itilhis.core.inspection.InspectionFixtures.LIU;
import static org.itilhis.core.inspection.InspectionFixtures.answers;
import static org.itilhis.core.inspection.InspectionFixtures.template;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.Test;

class InspectionRoundTest {
    private final ChecklistTemplate template = template();
    private final InspectionRound round = InspectionFixtures.round(template);

    private void record(InspectionRound target, String temperature, Instant performedAt, Instant now) {
        List<ItemResult> results = target.evaluate(template, 1, answers(temperature), performedAt, now).stream()
                .map(r -> r.failed() ? r.withIncident("INC-42") : r).toList();
        target.record(template, LIU, performedAt, results, LIU, now);
    }

    @Test
    void aRoundFallsDueWithTheTemplateVersionCurrentThenAndAWindowOfTheGraceEitherSide() {
        assertThat(round.status()).isEqualTo(RoundStatus.DUE);
        assertThat(round.templateVersion()).isEqualTo(1);
        assertThat(round.opens()).isEqualTo(DUE.minus(GRACE));
        assertThat(round.closes()).isEqualTo(DUE.plus(GRACE));
        assertThat(round.version()).isEqualTo(1);
        assertThat(round.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("inspection-round.due");
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM_ID);
        });
    }

    @Test
    void aRoundPerformedByItsDueTimeIsOnTimeAndAfterItLate() {
        record(round, "22", DUE, DUE.plusSeconds(300));
        InspectionRound late = InspectionFixtures.round(template);
        record(late, "22", DUE.plusSeconds(1), DUE.plusSeconds(300));

        assertThat(RoundStanding.of(round, DUE.plusSeconds(300))).isEqualTo(RoundStanding.ON_TIME);
        assertThat(RoundStanding.of(late, DUE.plusSeconds(300))).isEqualTo(RoundStanding.LATE);
        assertThat(round.performedBy()).contains(LIU);
        assertThat(round.results()).hasSize(5);
        assertThat(round.pullEvents()).last().isInstanceOfSatisfying(RoundEvent.Recorded.class, e -> {
            assertThat(e.type()).isEqualTo("inspection-round.recorded");
            assertThat(e.performedBy()).isEqualTo(LIU);
            assertThat(e.performedAt()).isEqualTo(DUE);
            assertThat(e.late()).isFalse();
            assertThat(e.failedItems()).isEmpty();
        });
    }

    @Test
    void aFailedItemIsRecordedWithItsIncidentAndNoFailedItemWithoutOne() {
        record(round, "29.5", DUE, DUE);

        assertThat(round.results().get(0)).satisfies(r -> {
            assertThat(r.failed()).isTrue();
            assertThat(r.incident()).contains("INC-42");
            assertThat(r.entered()).isEqualTo("29.5 °C");
        });
        assertThat(round.pendingEvents()).last().isInstanceOfSatisfying(RoundEvent.Recorded.class, e -> {
            assertThat(e.failedItems()).containsExactly("temperature");
            assertThat(e.incidents()).containsExactly("INC-42");
        });
        InspectionRound other = InspectionFixtures.round(template);
        List<ItemResult> unlinked = other.evaluate(template, 1, answers("29.5"), DUE, DUE);
        assertThatThrownBy(() -> other.record(template, LIU, DUE, unlinked, LIU, DUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.status()).isEqualTo(RoundStatus.DUE);
    }

    @Test
    void aRoundIsRecordedOnce() {
        record(round, "22", DUE, DUE);

        assertThatThrownBy(() -> record(round, "23", DUE.plusSeconds(60), DUE.plusSeconds(60)))
                .isInstanceOfSatisfying(RoundNotRecordableException.class, e -> {
                    assertThat(e.code()).isEqualTo("inspection.round.already-recorded");
                    assertThat(e.messageIn(Locale.ENGLISH)).contains(LIU.toString());
                });
        assertThat(round.results().get(0).reading()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("22"));
        assertThat(round.version()).isEqualTo(2);
    }

    @Test
    void resultsForAnotherTemplateVersionAreRefused() {
        assertThatThrownBy(() -> round.evaluate(template, 2, answers("22"), DUE, DUE))
                .isInstanceOfSatisfying(InvalidResultException.class, e -> {
                    assertThat(e.code()).isEqualTo("inspection.result.other-version");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("第 1 版", "第 2 版");
                });
    }

    @Test
    void aRoundPerformedInTheFutureOrOutsideItsWindowIsRefused() {
        assertThatThrownBy(() -> record(round, "22", DUE.plusSeconds(61), DUE.plusSeconds(60)))
                .hasFieldOrPropertyWithValue("code", "inspection.round.performed-in-future");
        assertThatThrownBy(() -> record(round, "22", DUE.minus(GRACE).minusSeconds(1), DUE))
                .hasFieldOrPropertyWithValue("code", "inspection.round.outside-window");
        assertThatThrownBy(() -> record(round, "22", DUE.plus(GRACE).plusSeconds(1), DUE.plus(GRACE).plusSeconds(5)))
                .hasFieldOrPropertyWithValue("code", "inspection.round.outside-window");
        assertThat(round.status()).isEqualTo(RoundStatus.DUE);
        record(round, "22", DUE.plus(GRACE), DUE.plus(GRACE).plusSeconds(5));
        assertThat(round.status()).isEqualTo(RoundStatus.RECORDED);
    }

    @Test
    void aRoundIsMissedOnlyAfterItsGraceAndIsThenNoLongerRecordable() {
        assertThat(round.overdue(DUE.plus(GRACE))).isFalse();
        assertThat(RoundStanding.of(round, DUE.plusSeconds(1))).isEqualTo(RoundStanding.OVERDUE);
        assertThatThrownBy(() -> round.miss(Optional.of(LEAD), Actor.SYSTEM_ID, DUE.plus(GRACE)))
                .isInstanceOf(IllegalStateException.class);

        Instant after = DUE.plus(GRACE).plusSeconds(1);
        assertThat(round.overdue(after)).isTrue();
        round.miss(Optional.of(LEAD), Actor.SYSTEM_ID, after);

        assertThat(round.status()).isEqualTo(RoundStatus.MISSED);
        assertThat(round.missedAt()).contains(after);
        assertThat(round.overdue(after)).isFalse();
        assertThat(round.pendingEvents()).last().isInstanceOfSatisfying(RoundEvent.Missed.class,
                e -> assertThat(e.lead()).contains(LEAD));
        assertThatThrownBy(() -> round.miss(Optional.of(LEAD), Actor.SYSTEM_ID, after))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record(round, "22", DUE, after))
                .hasFieldOrPropertyWithValue("code", "inspection.round.missed");
    }

    @Test
    void aRestoredRoundIsEqualToTheStoredOne() {
        record(round, "31", DUE.minusSeconds(600), DUE);

        InspectionRound restored = InspectionRound.restore(round.snapshot());

        assertThat(restored.snapshot()).isEqualTo(round.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
        assertThat(restored.slot()).isEqualTo(new RoundSlot(round.schedule(), DUE));
    }
}
