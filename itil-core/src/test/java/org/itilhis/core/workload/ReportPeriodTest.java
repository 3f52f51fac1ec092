package org.itilhis.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
    @Test
    void aMonthRunsFromItsFirstDayToTheNextMonthsFirstDay() {
        ReportPeriod march = ReportPeriod.of(YearMonth.of(2026, 3));

        assertThat(march.from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(march.to()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(march.days()).isEqualTo(31);
        assertThat(march.months()).containsExactly(YearMonth.of(2026, 3));
        assertThat(march.contains(LocalDate.parse("2026-03-31"))).isTrue();
        assertThat(march.contains(LocalDate.parse("2026-04-01"))).isFalse();
    }

    @Test
    void thePeriodsMonthsAreEveryMonthItTouchesInOrder() {
        ReportPeriod winter = new ReportPeriod(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-02-02"));

        assertThat(winter.months()).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2));
    }

    @Test
    void aLeapYearIsTheLongestPeriod() {
        assertThat(new ReportPeriod(LocalDate.parse("2028-01-01"), LocalDate.parse("2029-01-01")).days())
                .isEqualTo(ReportPeriod.MAX_DAYS);
    }

    @Test
    void aPeriodLongerThan366DaysIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-03")))
                .isInstanceOfSatisfying(ReportPeriodInvalidException.class, e -> {
                    assertThat(e.code()).isEqualTo("report.period-too-long");
                    assertThat(e.getMessage()).contains("from and to", "2026-01-01", "2027-01-03", "366");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("报表期间", "366");
                });
    }

    @Test
    void aPeriodEndingAtOrBeforeItsStartIsRefusedInBothLanguages() {
        for (String to : new String[] {"2026-03-01", "2026-02-28"}) {
            assertThatThrownBy(() -> new ReportPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse(to)))
                    .isInstanceOfSatisfying(ReportPeriodInvalidException.class, e -> {
                        assertThat(e.code()).isEqualTo("report.period-ends-before-start");
                        assertThat(e.getMessage()).contains("must end after it starts", to);
                        assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("结束日期必须晚于开始日期");
                    });
        }
    }
}
