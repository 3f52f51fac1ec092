package org.itilhis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Quiet hours as minutes of a day: what they hold, whether or not they span midnight. */
class QuietHoursProperties {
    @Provide
    Arbitrary<LocalTime> minutes() {
        return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    }

    @Property
    void aMinuteIsQuietExactlyWhenItIsFewerMinutesAfterTheStartThanTheEnd(
            @ForAll("minutes") LocalTime start, @ForAll("minutes") LocalTime end, @ForAll("minutes") LocalTime time) {
        if (start.equals(end)) {
            return;
        }
        QuietHours quiet = new QuietHours(start, end);

        assertThat(quiet.contains(time)).isEqualTo(minutesAfter(start, time) < minutesAfter(start, end));
    }

    @Property
    void theStartIsQuietAndTheEndIsNot(@ForAll("minutes") LocalTime start, @ForAll("minutes") LocalTime end) {
        if (start.equals(end)) {
            return;
        }
        QuietHours quiet = new QuietHours(start, end);

        assertThat(quiet.contains(start)).isTrue();
        assertThat(quiet.contains(end)).isFalse();
    }

    @Property
    void quietHoursAndTheirReverseShareNoMinuteAndCoverTheDay(
            @ForAll("minutes") LocalTime start, @ForAll("minutes") LocalTime end, @ForAll("minutes") LocalTime time) {
        if (start.equals(end)) {
            return;
        }
        assertThat(new QuietHours(start, end).contains(time)).isNotEqualTo(new QuietHours(end, start).contains(time));
    }

    private static int minutesAfter(LocalTime from, LocalTime to) {
        int minutes = (to.toSecondOfDay() - from.toSecondOfDay()) / 60;
        return minutes < 0 ? minutes + 24 * 60 : minutes;
    }
}
