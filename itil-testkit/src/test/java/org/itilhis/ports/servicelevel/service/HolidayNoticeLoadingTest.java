package org.itilhis.ports.servicelevel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.HolidayNoticeRejectedException;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.core.sla.SlaEvent;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.HolidayNotices;
import org.junit.jupiter.api.Test;

/**
 * The desk in late 2026: 2027's arrangement is reported missing from 60 days before the
 * year, clocks reaching into 2027 are provisional, and Director Gao loads the notice.
 */
class HolidayNoticeLoadingTest {
    private final Hospital hospital = new Hospital();
    private final SlaAdministration administration = hospital.desk.levels.administration();

    HolidayNoticeLoadingTest() {
        DemoHospital.configureServiceLevels(administration);
    }

    /** Moves the desk's clock (at 2026-03-02T00:00Z) to {@code instant}. */
    private void at(String instant) {
        hospital.desk.clock.advance(Duration.between(hospital.desk.clock.instant(), Instant.parse(instant)));
    }

    private CalendarVersions officeHours() {
        return administration.calendar(DemoHospital.DIRECTOR_GAO, DemoHospital.OFFICE_HOURS);
    }

    @Test
    void nextYearsMissingArrangementIsReportedFromSixtyDaysBeforeTheYear() {
        at("2026-11-01T15:59:59Z"); // 1 November, 23:59:59 in Shanghai
        assertThat(administration.missingArrangements()).isEmpty();

        at("2026-11-01T16:00:00Z"); // 2 November: 60 days to go
        assertThat(administration.missingArrangements()).singleElement().satisfies(missing -> {
            assertThat(missing.calendar()).isEqualTo(DemoHospital.OFFICE_HOURS);
            assertThat(missing.year()).isEqualTo(2027);
            assertThat(missing.messageIn(Locale.ENGLISH)).isEqualTo("the China mainland arrangement for 2027 is not loaded");
            assertThat(missing.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中国大陆 2027 年的节假日安排尚未加载");
        });
    }

    @Test
    void loadingTheNoticeTurnsAnOpenTicketsProvisionalClocksOfficial() {
        at("2026-12-31T09:00:00Z"); // Thursday 31 December, 17:00 in Shanghai
        TicketView printer = hospital.printerIncident();
        hospital.desk.clock.advance(Duration.ofMinutes(5));
        SlaMeasurement before = hospital.desk.levels.queries().clocks(DemoHospital.AGENT_CHEN, printer.id());

        CalendarVersions loaded = administration.loadHolidayNotice(DemoHospital.DIRECTOR_GAO,
                DemoHospital.OFFICE_HOURS, 2027, HolidayNotices.ILLUSTRATIVE_2027, "State Council notice for 2027");
        hospital.desk.clock.advance(Duration.ofSeconds(1));
        SlaMeasurement after = hospital.desk.levels.queries().clocks(DemoHospital.AGENT_CHEN, printer.id());

        assertThat(before.provisionalYears()).containsExactly(2027);
        assertThat(after.isProvisional()).isFalse();
        assertThat(loaded.versions().lastKey()).isEqualTo(Instant.parse("2026-12-31T09:05:01Z"));
        assertThat(loaded.versions().lastEntry().getValue().coverage().orElseThrow().officialYears())
                .containsExactly(2024, 2025, 2026, 2027);
        assertThat(administration.missingArrangements()).isEmpty();
        assertThat(hospital.log()).filteredOn(SlaEvent.CalendarVersionAdded.class::isInstance).last()
                .isEqualTo(new SlaEvent.CalendarVersionAdded(DemoHospital.OFFICE_HOURS,
                        Instant.parse("2026-12-31T09:05:01Z"), "holiday notice 2027: State Council notice for 2027",
                        DemoHospital.DIRECTOR_GAO.staffId(), Instant.parse("2026-12-31T09:05:00Z")));
    }

    @Test
    void aNoticeMissingAStatutoryDayChangesNothing() {
        at("2026-12-20T00:00:00Z");
        int events = hospital.log().size();
        String withoutMidAutumn = HolidayNotices.ILLUSTRATIVE_2027.replace("2027-09-15             HOLIDAY",
                "2027-09-16             HOLIDAY");

        assertThatThrownBy(() -> administration.loadHolidayNotice(DemoHospital.DIRECTOR_GAO, DemoHospital.OFFICE_HOURS,
                2027, withoutMidAutumn, "State Council notice for 2027"))
                .isInstanceOf(HolidayNoticeRejectedException.class)
                .hasMessage("the notice for 2027 misses the statutory holiday 2027-09-15 (Mid-Autumn Festival (中秋节))");
        assertThat(officeHours().versions()).hasSize(1);
        assertThat(hospital.log()).hasSize(events);
        assertThat(administration.missingArrangements()).extracting(MissingArrangement::year).containsExactly(2027);
    }

    @Test
    void aYearAlreadyLoadedIsRevisedAsACalendarVersionNotAsANotice() {
        assertThatThrownBy(() -> administration.loadHolidayNotice(DemoHospital.DIRECTOR_GAO, DemoHospital.OFFICE_HOURS,
                2026, "2026-01-01 HOLIDAY New Year's Day\n", "again"))
                .isInstanceOfSatisfying(HolidayNoticeRejectedException.class, e -> assertThat(e.code())
                        .isEqualTo("calendar.notice-year-loaded"));
        assertThatThrownBy(() -> administration.loadHolidayNotice(DemoHospital.DIRECTOR_GAO,
                DemoHospital.ROUND_THE_CLOCK, 2027, HolidayNotices.ILLUSTRATIVE_2027, "24x7 has no holidays"))
                .isInstanceOfSatisfying(HolidayNoticeRejectedException.class, e -> assertThat(e.code())
                        .isEqualTo("calendar.no-arrangement"));
    }

    @Test
    void onlyWhoMayManageServiceLevelsLoadsANotice() {
        assertThatThrownBy(() -> administration.loadHolidayNotice(DemoHospital.AGENT_CHEN, DemoHospital.OFFICE_HOURS,
                2027, HolidayNotices.ILLUSTRATIVE_2027, "State Council notice for 2027"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(officeHours().versions()).hasSize(1);
    }
}
