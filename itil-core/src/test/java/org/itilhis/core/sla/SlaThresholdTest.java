package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlaThresholdTest {
    @Test
    void aWarningIsCrossedAtTheFirstWholeSecondAtOrAboveItsPercentage() {
        assertThat(new SlaThreshold(ClockKind.RESOLUTION, 50).crossedAtElapsed(3600)).isEqualTo(1800);
        assertThat(new SlaThreshold(ClockKind.RESOLUTION, 75).crossedAtElapsed(901)).isEqualTo(676); // 675.75
    }

    @Test
    void theBreachIsOneSecondPastTheTarget() {
        assertThat(SlaThreshold.breach(ClockKind.RESPONSE).crossedAtElapsed(900)).isEqualTo(901);
    }
}
