package org.itilhis.core.backup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.itilhis.core.shared.DomainException;

/** A run's times are accepted exactly when it started, then ended, no later than now (give or take the clock skew). */
class BackupTimesProperties {
    private static final Instant NOW = Instant.parse("2027-02-10T02:00:00Z");

    @Property
    void aRunIsAcceptedExactlyWhenStartEndAndNowAreInOrder(@ForAll @LongRange(min = -100_000, max = 100_000) long start,
                                                            @ForAll @LongRange(min = -100_000, max = 100_000) long end) {
        Instant started = NOW.plusSeconds(start);
        Instant ended = NOW.plusSeconds(end);
        boolean inOrder = start <= end && end <= BackupRun.CLOCK_SKEW.toSeconds();
        if (inOrder) {
            BackupRun.checkTimes(started, ended, NOW);
        } else {
            assertThatThrownBy(() -> BackupRun.checkTimes(started, ended, NOW)).isInstanceOf(DomainException.class);
        }
    }
}
