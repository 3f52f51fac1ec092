package org.itilhis.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperationsWorkTest {
    @Test
    void countersAddUpFieldByFieldAlsoInsideWorkCounts() {
        OperationsWork some = new OperationsWork(3, 1, 2, 4, 5, 6, 7, 8);

        assertThat(some.plus(OperationsWork.oneRoundRecorded(true))).isEqualTo(new OperationsWork(4, 2, 2, 4, 5, 6, 7, 8));
        assertThat(WorkCounts.oneResolved().plus(WorkCounts.of(some)).plus(WorkCounts.of(some)).operations())
                .isEqualTo(new OperationsWork(6, 2, 4, 8, 10, 12, 14, 16));
        assertThat(WorkCounts.builder().add(WorkCounts.of(some)).add(WorkCounts.oneAccepted()).build())
                .isEqualTo(WorkCounts.oneAccepted().plus(WorkCounts.of(some)));
        assertThat(OperationsWork.of(some.values())).isEqualTo(some);
    }

    @Test
    void theCompletionRateIsRoundsRecordedPerRoundRecordedOrMissed() {
        assertThat(new OperationsWork(3, 1, 1, 0, 0, 0, 0, 0).roundCompletionRate()).hasValue(0.75);
        assertThat(OperationsWork.ZERO.roundCompletionRate()).isEmpty();
    }

    @Test
    void moreLateRoundsThanRecordedOrANegativeCounterIsACallersBug() {
        assertThatThrownBy(() -> new OperationsWork(1, 2, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OperationsWork(0, 0, -1, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
