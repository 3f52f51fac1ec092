package org.itilhis.core.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockComplianceTest {
    @Test
    void complianceIsRoundedHalfUpToOneDecimal() {
        assertThat(new ClockCompliance(2, 1, 0, 0, 0, 0).compliancePercent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("66.7"));
        assertThat(new ClockCompliance(1, 7, 0, 0, 0, 0).compliancePercent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("12.5"));
    }

    @Test
    void onlyOpenAndCancelledClocksGiveNoRatio() {
        assertThat(new ClockCompliance(0, 0, 0, 3, 2, 1).compliancePercent()).isEmpty();
        assertThat(new ClockCompliance(0, 0, 0, 3, 2, 1).openWithinTarget()).isEqualTo(5);
    }

    @Test
    void moreOpenBreachesThanBreachesAreRejected() {
        assertThatThrownBy(() -> new ClockCompliance(0, 1, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Duration> minutes = List.of(7, 1, 9, 3, 5, 2, 8, 4, 10, 6).stream().map(m -> Duration.ofMinutes(m)).toList();

        assertThat(BusinessTimeStatistics.of(minutes)).contains(new BusinessTimeStatistics(10,
                Duration.ofSeconds(330), Duration.ofMinutes(5), Duration.ofMinutes(9)));
    }

    @Test
    void oneDurationIsItsOwnMeanMedianAndP90() {
        Duration d = Duration.ofMinutes(42);

        assertThat(BusinessTimeStatistics.of(List.of(d))).contains(new BusinessTimeStatistics(1, d, d, d));
    }

    @Test
    void noDurationsGiveNoStatistics() {
        assertThat(BusinessTimeStatistics.of(List.of())).isEmpty();
    }
}
