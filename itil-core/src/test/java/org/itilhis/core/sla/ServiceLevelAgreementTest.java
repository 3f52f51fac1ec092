package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.ticket.HoldReason;
import org.junit.jupiter.api.Test;

class ServiceLevelAgreementTest {
    private static Map<Priority, SlaTargets> allTargets() {
        Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(p, SlaTargets.of(10L * p.rank(), 4L * p.rank()));
        }
        return targets;
    }

    @Test
    void byDefaultAwaitingCallerAndVendorPauseButAwaitingChangeDoesNot() {
        ServiceLevelAgreement sla = SlaFixture.STANDARD;

        assertThat(sla.pauses(HoldReason.AWAITING_CALLER)).isTrue();
        assertThat(sla.pauses(HoldReason.AWAITING_VENDOR)).isTrue();
        assertThat(sla.pauses(HoldReason.AWAITING_CHANGE)).isFalse();
    }

    @Test
    void pausingReasonsAreConfigurable() {
        ServiceLevelAgreement sla = SlaFixture.STANDARD.withPausingReasons(List.of(HoldReason.AWAITING_CHANGE));

        assertThat(sla.pauses(HoldReason.AWAITING_CHANGE)).isTrue();
        assertThat(sla.pauses(HoldReason.AWAITING_VENDOR)).isFalse();
    }

    @Test
    void aPriorityWithoutTargetsIsRejected() {
        Map<Priority, SlaTargets> targets = allTargets();
        targets.remove(Priority.P5);

        assertThatThrownBy(() -> ServiceLevelAgreement.of("gaps", targets, List.of(50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P5");
    }

    @Test
    void thresholdsMustLieStrictlyBetweenZeroAndHundredAndIncrease() {
        for (List<Integer> bad : List.of(List.of(0, 50), List.of(50, 100), List.of(75, 50), List.of(50, 50))) {
            assertThatThrownBy(() -> ServiceLevelAgreement.of("bad", allTargets(), bad))
                    .as("%s", bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ServiceLevelAgreement.of("ok", allTargets(), List.of(1, 99)).warningPercents()).containsExactly(1, 99);
    }

    @Test
    void targetsArePositiveWholeSeconds() {
        assertThatThrownBy(() -> new SlaTargets(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaTargets(Duration.ofMinutes(1), Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeepInLoopIntervalIsAQuarterOfTheResolutionTargetUnlessGiven() {
        assertThat(SlaTargets.of(15, 4).keepInLoop()).isEqualTo(Duration.ofHours(1));
        assertThat(SlaTargets.of(15, 4, 30).keepInLoop()).isEqualTo(Duration.ofMinutes(30));
        assertThat(SlaTargets.of(15, 4, 30).of(ClockKind.KEEP_IN_LOOP)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theDefaultKeepInLoopIntervalIsNeverShorterThanTheResponseTarget() {
        assertThat(new SlaTargets(Duration.ofMinutes(90), Duration.ofHours(4)).keepInLoop())
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(SlaTargets.defaultKeepInLoop(Duration.ofMinutes(10), Duration.ofSeconds(7))).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> SlaTargets.of(15, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describeListsEveryPriorityThresholdsAndPausingReasons() {
        String text = SlaFixture.DESKTOP.describe();

        assertThat(text).contains("desktop and printers (GENERAL)", "P2: respond within 30m, resolve within 8h, update the caller every 2h",
                "warn at [50, 75]%", "AWAITING_CALLER, AWAITING_VENDOR").doesNotContain("AWAITING_CHANGE");
    }

    @Test
    void clinicalCriticalServicesAreMeasuredRoundTheClockAndOthersInOfficeHours() {
        CalendarPolicy policy = CalendarPolicy.hospitalDefault();
        Instant at = Instant.parse("2026-03-02T00:00:00Z");

        assertThat(policy.calendarFor(SlaFixture.HIS_OUTPATIENT, at, at).name()).isEqualTo("24x7");
        assertThat(policy.calendarFor(SlaFixture.DESKTOP, at, at).name()).isEqualTo("China mainland office hours");
        assertThat(policy.describe()).contains("CLINICAL_CRITICAL: 24x7");
    }

    @Test
    void aCalendarPolicyMustCoverEveryCriticality() {
        assertThatThrownBy(() -> CalendarPolicy.of(Map.of(ServiceCriticality.GENERAL,
                CalendarVersions.of(BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLINICAL_CRITICAL");
    }
}
