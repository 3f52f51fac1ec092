package org.itilhis.adapters.jdbc.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.WorkingPeriod;
import org.junit.jupiter.api.Test;

/**
 * Calendars stored before they recorded their coverage: an office calendar with mainland
 * China's notices is read as following them, so that an upgraded hospital sees 2027 as
 * provisional instead of as plain working days; any other calendar claims no arrangement.
 */
class CalendarDefinitionTest {
    private final JsonCodec codec = new JsonCodec();

    /** The definition as versions before coverage wrote it: without the three coverage fields. */
    private String legacy(BusinessCalendar calendar) throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(codec.write(CalendarDefinition.of(calendar)));
        json.remove("coverageRecorded");
        json.remove("arrangement");
        json.remove("officialYears");
        return json.toString();
    }

    private BusinessCalendar read(String json) {
        return codec.read(json, CalendarDefinition.class).toCalendar();
    }

    @Test
    void aLegacyOfficeCalendarWithTheStateCouncilNoticesFollowsMainlandChina() throws Exception {
        BusinessCalendar read = read(legacy(ChinaMainland.officeHours()));

        assertThat(read.coverage()).isEqualTo(ChinaMainland.officeHours().coverage());
        assertThat(read.isWorkingTime(Instant.parse("2027-01-01T02:00:00Z"))).as("New Year's Day 2027").isFalse();
    }

    @Test
    void aLegacyCalendarWithOtherHolidaysClaimsNoArrangement() throws Exception {
        BusinessCalendar berlin = BusinessCalendar.builder("Berlin lab").zone("Europe/Berlin")
                .mondayToFriday(WorkingPeriod.parse("08:00-16:00"))
                .rule(DateRule.holiday(LocalDate.of(2026, 4, 6), "Easter Monday")).build();

        assertThat(read(legacy(berlin)).coverage()).isEmpty();
        assertThat(read(legacy(BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI))).coverage()).isEmpty();
    }

    @Test
    void aCalendarStoredWithoutCoverageStaysWithout() {
        BusinessCalendar own = BusinessCalendar.builder("own").weekly(DayOfWeek.MONDAY, WorkingPeriod.parse("08:00-12:00"))
                .rules(ChinaMainland.officialArrangements()).build();

        assertThat(read(codec.write(CalendarDefinition.of(own))).coverage()).isEmpty();
        assertThat(read(codec.write(CalendarDefinition.of(ChinaMainland.officeHours()))).coverage())
                .isEqualTo(ChinaMainland.officeHours().coverage());
    }
}
