package org.itilhis.core.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.itilhis.core.shared.Messages;
import org.junit.jupiter.api.Test;

class ReportScopeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void isoWeeksStartOnMondayAndTheFirstAndLastAreClippedToTheRange() {
        // 1 January 2026 is a Thursday in ISO week 2026-W01, which began on Monday 29 December 2025
        ReportScope scope = ReportScope.of(Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-01-14T16:00:00Z"),
                PeriodUnit.ISO_WEEK, SHANGHAI);

        assertThat(scope.periods()).extracting(ReportPeriod::label).containsExactly("2026-W01", "2026-W02", "2026-W03");
        assertThat(scope.periods().get(0).from()).isEqualTo(scope.from());
        assertThat(scope.periods().get(1).from()).isEqualTo(Instant.parse("2026-01-04T16:00:00Z"));
        assertThat(scope.periods().get(2).to()).isEqualTo(scope.to());
    }

    @Test
    void daysFollowTheZoneAcrossADaylightSavingShift() {
        // Berlin moves to summer time on 29 March 2026: that day has 23 hours
        ReportScope scope = ReportScope.of(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-30T22:00:00Z"),
                PeriodUnit.DAY, BERLIN);

        assertThat(scope.periods()).containsExactly(
                new ReportPeriod("2026-03-29", Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")),
                new ReportPeriod("2026-03-30", Instant.parse("2026-03-29T22:00:00Z"), Instant.parse("2026-03-30T22:00:00Z")));
    }

    @Test
    void aWholeRangeIsOnePeriod() {
        ReportScope scope = ReportScope.between(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-01T12:00:00Z"), SHANGHAI);

        assertThat(scope.periods()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("2026-03-01 08:00 .. 2026-03-01 20:00");
            assertThat(p.from()).isEqualTo(scope.from());
        });
    }

    @Test
    void monthsCoverFirstToLastMonthInclusive() {
        ReportScope scope = ReportScope.months(YearMonth.of(2025, 12), YearMonth.of(2026, 2), SHANGHAI);

        assertThat(scope.from()).isEqualTo(Instant.parse("2025-11-30T16:00:00Z"));
        assertThat(scope.to()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(scope.periods()).extracting(ReportPeriod::label).containsExactly("2025-12", "2026-01", "2026-02");
    }

    @Test
    void theRangeIsHalfOpen() {
        ReportScope scope = ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), SHANGHAI);

        assertThat(scope.contains(scope.from())).isTrue();
        assertThat(scope.contains(scope.to())).isFalse();
        assertThatThrownBy(() -> scope.periodOf(scope.to())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the report range");
    }

    @Test
    void periodUnitsHaveEnglishAndChineseLabels() {
        assertThat(Messages.label(PeriodUnit.ISO_WEEK, Locale.ENGLISH)).isEqualTo("by ISO week");
        assertThat(Messages.label(PeriodUnit.CALENDAR_MONTH, Locale.SIMPLIFIED_CHINESE)).isEqualTo("按自然月");
    }

    @Test
    void anEmptyOrBackwardRangeIsRejected() {
        Instant at = Instant.parse("2026-03-01T00:00:00Z");

        assertThatThrownBy(() -> ReportScope.between(at, at, SHANGHAI)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report range is empty");
        assertThatThrownBy(() -> ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 2), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before first month");
    }

    @Test
    void aRangeOfMoreThanACenturyIsRejected() {
        assertThatThrownBy(() -> ReportScope.of(Instant.EPOCH, Instant.parse("2071-01-01T00:00:00Z"), PeriodUnit.DAY,
                SHANGHAI)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 100 years");
    }
}
