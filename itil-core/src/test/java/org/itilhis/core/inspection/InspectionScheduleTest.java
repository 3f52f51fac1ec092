package org.itilhis.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.inspection.InspectionFixtures.AT;
import static org.itilhis.core.inspection.InspectionFixtures.LEAD;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.calendar.CalendarDays;
import org.junit.jupiter.api.Test;

class InspectionScheduleTest {
    private final InspectionSchedule schedule = InspectionFixtures.schedule();

    @Test
    void aChangedScheduleMakesRoundsByItsNewRuleFromTheChangeOn() {
        Instant changedAt = AT.plusSeconds(86_400);
        schedule.change("MR-DAILY", "0 9 * * *", CalendarDays.WORKING_DAYS, "office-hours", Duration.ofHours(1), LEAD,
                changedAt);

        assertThat(schedule.since()).isEqualTo(changedAt);
        assertThat(schedule.expression()).isEqualTo("0 9 * * *");
        assertThat(schedule.days()).isEqualTo(CalendarDays.WORKING_DAYS);
        assertThat(schedule.version()).isEqualTo(2);
        assertThat(schedule.pullEvents()).extracting(ScheduleEvent::type)
                .containsExactly("inspection-schedule.defined", "inspection-schedule.changed");
        assertThat(InspectionSchedule.restore(schedule.snapshot()).snapshot()).isEqualTo(schedule.snapshot());
    }

    @Test
    void aRetiredScheduleIsNeitherChangedNorRetiredAgain() {
        schedule.retire(LEAD, AT.plusSeconds(60));

        assertThat(schedule.active()).isFalse();
        assertThatThrownBy(() -> schedule.retire(LEAD, AT.plusSeconds(61))).isInstanceOf(ScheduleRetiredException.class)
                .hasMessageContaining(schedule.id().toString());
        assertThatThrownBy(() -> schedule.change("MR-DAILY", "0 9 * * *", CalendarDays.EVERY_DAY, "24x7",
                Duration.ZERO, LEAD, AT.plusSeconds(62))).isInstanceOf(ScheduleRetiredException.class);
        assertThat(schedule.version()).isEqualTo(2);
    }
}
