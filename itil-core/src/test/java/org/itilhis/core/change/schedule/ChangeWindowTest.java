package org.itilhis.core.change.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.change.schedule.ScheduleHospital.IMAGING;
import static org.itilhis.core.change.schedule.ScheduleHospital.REGISTRATION;
import static org.itilhis.core.change.schedule.ScheduleHospital.SHANGHAI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Messages;
import org.junit.jupiter.api.Test;

class ChangeWindowTest {
    static final ChangeWindow OUTPATIENT_PEAK = ChangeWindow.recurring(ChangeWindowId.of("his-outpatient-peak"),
            "HIS: outpatient peak", WindowKind.BLACKOUT, Set.of(REGISTRATION),
            WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0)), SHANGHAI);
    static final ChangeWindow SPRING_FESTIVAL_FREEZE = ChangeWindow.dated(ChangeWindowId.of("spring-festival-2027"),
            "Spring Festival freeze", WindowKind.BLACKOUT, Set.of(REGISTRATION, IMAGING),
            LocalDateTime.parse("2027-02-05T18:00"), LocalDateTime.parse("2027-02-13T08:00"), SHANGHAI);

    private static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theOutpatientPeakOccursEveryWeekdayMorningInTheHospitalsZone() {
        List<WindowOccurrence> week = OUTPATIENT_PEAK.occurrences(local("2027-03-01T00:00"), local("2027-03-08T00:00"));

        assertThat(week).hasSize(5);
        assertThat(week.get(0).start()).isEqualTo(ZonedDateTime.of(LocalDateTime.parse("2027-03-01T07:30"), SHANGHAI));
        assertThat(week.get(0).end().toInstant()).isEqualTo(Instant.parse("2027-03-01T04:00:00Z"));
        assertThat(week.get(4).start().toLocalDate()).isEqualTo(LocalDate.parse("2027-03-05"));
    }

    @Test
    void anOccurrenceCountsWhenItOverlapsThePeriodEndsExclusive() {
        assertThat(OUTPATIENT_PEAK.occurrences(local("2027-03-01T11:59"), local("2027-03-01T13:00"))).hasSize(1);
        assertThat(OUTPATIENT_PEAK.occurrences(local("2027-03-01T12:00"), local("2027-03-01T13:00"))).isEmpty();
        assertThat(OUTPATIENT_PEAK.occurrences(local("2027-03-01T06:00"), local("2027-03-01T07:30"))).isEmpty();
    }

    @Test
    void theSpringFestivalFreezeOccursOnceAcrossTheHoliday() {
        assertThat(SPRING_FESTIVAL_FREEZE.occurrences(local("2027-02-01T00:00"), local("2027-03-01T00:00")))
                .singleElement()
                .satisfies(o -> assertThat(o.end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-13T08:00")));
        assertThat(SPRING_FESTIVAL_FREEZE.occurrences(local("2027-02-04T18:00"), local("2027-02-05T18:00"))).isEmpty();
    }

    @Test
    void anEffectiveDatedWindowOccursOnlyOnTheDatesItIsInForce() {
        ChangeWindow untilFebruary = OUTPATIENT_PEAK.effective(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-26"));

        assertThat(untilFebruary.occurrences(local("2027-02-22T00:00"), local("2027-03-06T00:00")))
                .extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2027-02-22", "2027-02-23", "2027-02-24", "2027-02-25", "2027-02-26");
        assertThat(untilFebruary.inForceOn(LocalDate.parse("2027-01-31"))).isFalse();
    }

    @Test
    void aDatedWindowThatEndsBeforeItStartsIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> ChangeWindow.dated(ChangeWindowId.of("freeze"), "Spring Festival freeze",
                WindowKind.BLACKOUT, Set.of(REGISTRATION), LocalDateTime.parse("2027-02-13T08:00"),
                LocalDateTime.parse("2027-02-05T18:00"), SHANGHAI))
                .isInstanceOf(ChangeWindowEndsBeforeStartException.class)
                .hasMessage("Change window Spring Festival freeze must end after it starts: 2027-02-13T08:00 to 2027-02-05T18:00")
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("change-window.ends-before-start");
                    assertThat(((DomainException) e).messageIn(Locale.SIMPLIFIED_CHINESE)).contains("变更窗口", "结束时间");
                });
    }

    @Test
    void aWindowThatStopsBeforeItComesIntoForceIsRefused() {
        assertThatThrownBy(() -> OUTPATIENT_PEAK.effective(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-02-28")))
                .isInstanceOf(ChangeWindowEffectiveDatesException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("change-window.effective-until-before-from");
    }

    @Test
    void aWindowAttachedToNothingIsRefused() {
        assertThatThrownBy(() -> ChangeWindow.recurring(ChangeWindowId.of("w"), "nothing", WindowKind.MAINTENANCE, Set.of(),
                WeeklyWindow.weekdays(LocalTime.of(22, 0), LocalTime.of(23, 0)), SHANGHAI))
                .isInstanceOf(ChangeWindowWithoutItemsException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("change-window.no-items");
    }

    @Test
    void windowAndConflictKindsHaveLabelsInBothLanguages() {
        for (Enum<?> constant : List.<Enum<?>>of(WindowKind.BLACKOUT, WindowKind.MAINTENANCE, ConflictKind.BLACKOUT,
                ConflictKind.NEARBY_CHANGE, ConflictKind.COMBINED_OUTAGE)) {
            assertThat(Messages.label(constant, Locale.ENGLISH)).doesNotContain(".");
            assertThat(Messages.label(constant, Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
        }
    }
}
