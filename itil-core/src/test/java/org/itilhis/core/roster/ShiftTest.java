package org.itilhis.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.junit.jupiter.api.Test;

class ShiftTest {
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime HALF_FIVE = LocalTime.of(17, 30);

    @Test
    void aShiftWithinOneDayThatEndsBeforeItStartsIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> new Shift("DAY", "白班", Optional.empty(), ShiftKind.DAY, HALF_FIVE, EIGHT, false,
                ShiftDays.WORKING_DAYS, Optional.empty()))
                .isInstanceOfSatisfying(InvalidShiftException.class, e -> {
                    assertThat(e.code()).isEqualTo("roster.shift.ends-before-start");
                    assertThat(e.messageIn(Locale.ENGLISH)).contains("DAY", "17:30", "08:00");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("班次 DAY");
                });
    }

    @Test
    void aShiftOfNoLengthIsRefused() {
        assertThatThrownBy(() -> new Shift("DAY", "白班", Optional.empty(), ShiftKind.DAY, EIGHT, EIGHT, false,
                ShiftDays.WORKING_DAYS, Optional.empty())).isInstanceOf(InvalidShiftException.class);
    }

    @Test
    void aShiftEndingTheNextDayLastsAtMostADay() {
        assertThat(Shift.of("NIGHT", "夜班", ShiftKind.NIGHT, HALF_FIVE, EIGHT, ShiftDays.EVERY_DAY).length())
                .isEqualTo(Duration.ofMinutes(14 * 60 + 30));
        assertThatThrownBy(() -> new Shift("NIGHT", "夜班", Optional.empty(), ShiftKind.NIGHT, EIGHT, HALF_FIVE, true,
                ShiftDays.EVERY_DAY, Optional.empty()))
                .isInstanceOfSatisfying(InvalidShiftException.class,
                        e -> assertThat(e.code()).isEqualTo("roster.shift.longer-than-a-day"));
    }

    @Test
    void anOnCallShiftNeedsAResponseTimeAndOnlyItHasOne() {
        assertThatThrownBy(() -> new Shift("ON-CALL", "待命", Optional.empty(), ShiftKind.ON_CALL, EIGHT, EIGHT, true,
                ShiftDays.REST_DAYS, Optional.empty()))
                .isInstanceOfSatisfying(InvalidShiftException.class,
                        e -> assertThat(e.code()).isEqualTo("roster.shift.on-call-without-response-time"));
        assertThatThrownBy(() -> new Shift("NIGHT", "夜班", Optional.empty(), ShiftKind.NIGHT, HALF_FIVE, EIGHT, true,
                ShiftDays.EVERY_DAY, Optional.of(Duration.ofMinutes(30))))
                .isInstanceOfSatisfying(InvalidShiftException.class,
                        e -> assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("夜班"));
    }

    @Test
    void twoShiftsWithOneCodeAreRefused() {
        Shift day = Shift.of("DAY", "白班", ShiftKind.DAY, EIGHT, HALF_FIVE, ShiftDays.WORKING_DAYS);

        assertThatThrownBy(() -> GroupShifts.of(GroupId.of("network"), ZoneId.of("Asia/Shanghai"), "office",
                List.of(day, day.withEnglishName("Day")))).isInstanceOfSatisfying(InvalidShiftException.class,
                e -> assertThat(e.code()).isEqualTo("roster.shift.duplicate-code"));
    }

    @Test
    void aRedefinedShiftSetIsTheNextVersion() {
        GroupShifts first = GroupShifts.of(GroupId.of("network"), ZoneId.of("Asia/Shanghai"), "office", List.of());

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.redefined(first.zone(), "office", List.of(RosterTest.DAY)).version()).isEqualTo(2);
    }
}
