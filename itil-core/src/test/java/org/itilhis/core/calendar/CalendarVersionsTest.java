package org.itilhis.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CalendarVersionsTest {
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.SHANGHAI).toInstant();
    }

    @Test
    void aTicketStartedUnderTheOldVersionKeepsItsDeadline() {
        BusinessCalendar published = ChinaMainland.officeHours();
        // A later revision makes Tue 24 Feb 2026 a holiday too, effective from 20 Feb.
        BusinessCalendar revised = BusinessCalendar.builder("revised")
                .mondayToFriday(ChinaMainland.OFFICE_HOURS.toArray(new WorkingPeriod[0]))
                .rules(ChinaMainland.officialArrangements())
                .rule(DateRule.holiday(LocalDate.of(2026, 2, 24), "extra day off"))
                .build();
        CalendarVersions versions = CalendarVersions.of(published).supersededFrom(at("2026-02-20T00:00"), revised);

        Instant oldTicket = at("2026-02-14T17:00");
        Instant newTicket = at("2026-02-21T09:00");
        assertThat(versions.calendarInForceAt(oldTicket).deadline(oldTicket, Duration.ofHours(1)))
                .isEqualTo(at("2026-02-24T08:30"));
        assertThat(versions.calendarInForceAt(newTicket).deadline(newTicket, Duration.ofHours(1)))
                .isEqualTo(at("2026-02-25T09:00"));
        assertThat(versions.calendarInForceAt(Instant.MIN)).isSameAs(published);
    }

    @Test
    void versionsAreOnlyAppended() {
        CalendarVersions versions = CalendarVersions.of(ChinaMainland.officeHours())
                .supersededFrom(at("2026-02-20T00:00"), ChinaMainland.officeHours());
        assertThatThrownBy(() -> versions.supersededFrom(at("2026-01-01T00:00"), ChinaMainland.officeHours()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after the latest version");
    }
}
