package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.calendar.HolidayNotice;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.HolidayNotices;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaConfigurationRepository} must do: give back the saved configuration
 * equal to what was saved, at the next version, refusing a save from a stale version; keep
 * each calendar's versions exactly (zone, weekly periods, standard working day and every
 * date rule), append-only with increasing effective instants, the first in force since the
 * beginning of time; and take part in the caller's transaction.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects an empty repository. Effective instants are whole seconds here: adapters may keep
 * them to the microsecond only.
 */
public interface SlaConfigurationRepositoryContract {
    Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    Instant JULY = Instant.parse("2026-07-01T00:00:00Z");

    /** The adapter under test, the same one throughout a test method. */
    SlaConfigurationRepository slaConfiguration();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void anEmptyRepositoryHasNoConfigurationAndNoCalendar() {
        assertThat(slaConfiguration().configuration()).isEmpty();
        assertThat(slaConfiguration().calendarNames()).isEmpty();
        assertThat(slaConfiguration().calendar(DemoHospital.OFFICE_HOURS)).isEmpty();
    }

    @Test
    default void aSavedConfigurationIsLoadedEqualAtVersionOne() {
        SlaConfiguration configuration = DemoHospital.slaConfiguration();

        committed(transactions(), () -> slaConfiguration().save(configuration));

        SlaConfiguration loaded = slaConfiguration().configuration().orElseThrow();
        assertThat(loaded).isEqualTo(configuration.atVersion(1));
        assertThat(loaded.catalogue().services().keySet()).as("services in catalogue order")
                .containsExactlyElementsOf(configuration.catalogue().services().keySet());
        assertThat(loaded.catalogue().describe()).isEqualTo(configuration.catalogue().describe());
    }

    @Test
    default void aSaveFromTheLoadedVersionIsStoredAtTheNextVersion() {
        committed(transactions(), () -> slaConfiguration().save(DemoHospital.slaConfiguration()));
        SlaConfiguration loaded = slaConfiguration().configuration().orElseThrow();
        SlaConfiguration changed = new SlaConfiguration(loaded.catalogue().withDefault("accounts"),
                loaded.calendars(), loaded.version());

        committed(transactions(), () -> slaConfiguration().save(changed));

        assertThat(slaConfiguration().configuration()).contains(changed.atVersion(2));
    }

    @Test
    default void aSaveFromAStaleVersionIsRefusedAndChangesNothing() {
        SlaConfiguration first = DemoHospital.slaConfiguration();
        committed(transactions(), () -> slaConfiguration().save(first));
        committed(transactions(), () -> slaConfiguration().save(first.atVersion(1)));
        SlaConfiguration stale = new SlaConfiguration(first.catalogue().withDefault("network"), first.calendars(), 1);

        assertThatThrownBy(() -> committed(transactions(), () -> slaConfiguration().save(stale)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> committed(transactions(), () -> slaConfiguration().save(first)))
                .as("a first save when one exists").isInstanceOf(VersionConflictException.class);

        assertThat(slaConfiguration().configuration()).contains(first.atVersion(2));
    }

    @Test
    default void aFirstSaveMustComeFromVersionZero() {
        assertThatThrownBy(() -> committed(transactions(),
                () -> slaConfiguration().save(DemoHospital.slaConfiguration().atVersion(3))))
                .isInstanceOf(VersionConflictException.class);

        assertThat(slaConfiguration().configuration()).isEmpty();
    }

    @Test
    default void aSaveRollsBackWithItsTransaction() {
        committed(transactions(), () -> slaConfiguration().save(DemoHospital.slaConfiguration()));
        SlaConfiguration loaded = slaConfiguration().configuration().orElseThrow();

        rolledBack(transactions(), () -> slaConfiguration().save(
                new SlaConfiguration(loaded.catalogue().withDefault("network"), loaded.calendars(), 1)));

        assertThat(slaConfiguration().configuration()).contains(loaded);
    }

    @Test
    default void theOfficeHoursCalendarWithTheOfficialHolidaysIsKeptExactly() {
        BusinessCalendar officeHours = ChinaMainland.officeHours();

        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, APRIL,
                officeHours));

        CalendarVersions loaded = slaConfiguration().calendar(DemoHospital.OFFICE_HOURS).orElseThrow();
        assertThat(loaded.versions().keySet()).containsExactly(Instant.MIN);
        assertSameCalendar(loaded.calendarInForceAt(APRIL), officeHours);
        assertThat(loaded.calendarInForceAt(APRIL).rules()).hasSameSizeAs(ChinaMainland.officialArrangements())
                .isNotEmpty();
    }

    @Test
    default void theYearsOfOfficialArrangementAndTheHolidaysFollowedInTheOthersAreKept() {
        BusinessCalendar officeHours = ChinaMainland.officeHours();
        BusinessCalendar with2027 = HolidayNotice.loadInto(officeHours, 2027, HolidayNotices.ILLUSTRATIVE_2027);

        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, APRIL,
                officeHours));
        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, JULY,
                with2027));

        CalendarVersions loaded = slaConfiguration().calendar(DemoHospital.OFFICE_HOURS).orElseThrow();
        assertThat(loaded.calendarInForceAt(APRIL).coverage().orElseThrow().officialYears())
                .containsExactly(2024, 2025, 2026);
        assertThat(loaded.calendarInForceAt(JULY).coverage().orElseThrow().officialYears())
                .containsExactly(2024, 2025, 2026, 2027);
        assertThat(loaded.calendarInForceAt(APRIL).isWorkingTime(Instant.parse("2027-01-01T02:00:00Z")))
                .as("New Year's Day 2027, provisionally").isFalse();
        assertSameCalendar(loaded.calendarInForceAt(JULY), with2027);
    }

    @Test
    default void aRoundTheClockCalendarIsKeptExactly() {
        BusinessCalendar roundTheClock = BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai"));

        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.ROUND_THE_CLOCK,
                Instant.EPOCH, roundTheClock));

        BusinessCalendar loaded = slaConfiguration().calendar(DemoHospital.ROUND_THE_CLOCK).orElseThrow()
                .calendarInForceAt(JULY);
        assertSameCalendar(loaded, roundTheClock);
        assertThat(loaded.businessTimeBetween(APRIL, JULY)).isEqualTo(Duration.between(APRIL, JULY));
    }

    @Test
    default void everyKindOfDateRuleAndAZoneWithDaylightSavingAreKept() {
        BusinessCalendar berlin = BusinessCalendar.builder("Berlin lab")
                .zone("Europe/Berlin")
                .weekly(DayOfWeek.MONDAY, WorkingPeriod.parse("07:30-12:00"), WorkingPeriod.parse("13:00-16:45:30"))
                .weekly(DayOfWeek.WEDNESDAY, WorkingPeriod.parse("22:00-24:00"))
                .weekly(DayOfWeek.SATURDAY, WorkingPeriod.parse("09:00-11:00"))
                .standardWorkingDay(WorkingPeriod.parse("08:00-16:00"))
                .rule(DateRule.holiday(LocalDate.of(2026, 4, 6), "Easter Monday"))
                .rule(DateRule.workday(LocalDate.of(2026, 4, 12), "moved from Easter"))
                .rule(DateRule.halfDay(LocalDate.of(2026, 12, 24), List.of(WorkingPeriod.parse("08:00-12:00")),
                        "Christmas Eve"))
                .rule(DateRule.extraHours(LocalDate.of(2026, 3, 29), List.of(WorkingPeriod.parse("18:00-20:00")),
                        "DST night: 检验科 migration"))
                .build();

        committed(transactions(), () -> slaConfiguration().addCalendarVersion("berlin", APRIL, berlin));

        BusinessCalendar loaded = slaConfiguration().calendar("berlin").orElseThrow().calendarInForceAt(APRIL);
        assertSameCalendar(loaded, berlin);
        Instant start = Instant.parse("2026-03-27T10:00:00Z");
        assertThat(loaded.deadline(start, Duration.ofHours(30))).isEqualTo(berlin.deadline(start, Duration.ofHours(30)));
    }

    @Test
    default void versionsAreAppendedAndTheOneInForceAtAnInstantIsTheLatestEffectiveByThen() {
        BusinessCalendar first = officeHoursNamed("first");
        BusinessCalendar second = officeHoursNamed("second");
        BusinessCalendar third = officeHoursNamed("third");

        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, JULY, first));
        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, APRIL, second));
        committed(transactions(), () -> slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, JULY, third));

        CalendarVersions versions = slaConfiguration().calendar(DemoHospital.OFFICE_HOURS).orElseThrow();
        assertThat(versions.versions().keySet()).as("the first in force since the beginning of time")
                .containsExactly(Instant.MIN, APRIL, JULY);
        assertThat(versions.calendarInForceAt(Instant.EPOCH).name()).isEqualTo("first");
        assertThat(versions.calendarInForceAt(APRIL.minusSeconds(1)).name()).isEqualTo("first");
        assertThat(versions.calendarInForceAt(APRIL).name()).isEqualTo("second");
        assertThat(versions.calendarInForceAt(JULY.minusSeconds(1)).name()).isEqualTo("second");
        assertThat(versions.calendarInForceAt(JULY).name()).isEqualTo("third");
    }

    @Test
    default void aVersionNotEffectiveAfterTheLatestIsRefusedAndChangesNothing() {
        committed(transactions(), () -> slaConfiguration().addCalendarVersion("lab", APRIL, officeHoursNamed("v1")));
        committed(transactions(), () -> slaConfiguration().addCalendarVersion("lab", JULY, officeHoursNamed("v2")));

        assertThatThrownBy(() -> committed(transactions(),
                () -> slaConfiguration().addCalendarVersion("lab", JULY, officeHoursNamed("same"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> committed(transactions(),
                () -> slaConfiguration().addCalendarVersion("lab", APRIL, officeHoursNamed("earlier"))))
                .isInstanceOf(IllegalArgumentException.class);

        CalendarVersions versions = slaConfiguration().calendar("lab").orElseThrow();
        assertThat(versions.versions().keySet()).containsExactly(Instant.MIN, JULY);
        assertThat(versions.calendarInForceAt(JULY).name()).isEqualTo("v2");
    }

    @Test
    default void calendarsAreNamedInOrderAndKeptApart() {
        committed(transactions(), () -> {
            slaConfiguration().addCalendarVersion(DemoHospital.ROUND_THE_CLOCK, APRIL,
                    BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI));
            slaConfiguration().addCalendarVersion(DemoHospital.OFFICE_HOURS, APRIL, officeHoursNamed("office"));
            slaConfiguration().addCalendarVersion("lab", APRIL, officeHoursNamed("lab"));
        });

        assertThat(slaConfiguration().calendarNames())
                .containsExactly(DemoHospital.ROUND_THE_CLOCK, "lab", DemoHospital.OFFICE_HOURS);
        assertThat(slaConfiguration().calendar("lab").orElseThrow().calendarInForceAt(APRIL).name()).isEqualTo("lab");
        assertThat(slaConfiguration().calendar(DemoHospital.ROUND_THE_CLOCK).orElseThrow().versions()).hasSize(1);
    }

    @Test
    default void calendarVersionsRollBackWithTheirTransaction() {
        rolledBack(transactions(), () -> slaConfiguration().addCalendarVersion("lab", APRIL, officeHoursNamed("v1")));
        assertThat(slaConfiguration().calendar("lab")).isEmpty();
        assertThat(slaConfiguration().calendarNames()).isEmpty();

        committed(transactions(), () -> slaConfiguration().addCalendarVersion("lab", APRIL, officeHoursNamed("v1")));
        rolledBack(transactions(), () -> slaConfiguration().addCalendarVersion("lab", JULY, officeHoursNamed("v2")));

        CalendarVersions versions = slaConfiguration().calendar("lab").orElseThrow();
        assertThat(versions.versions().keySet()).containsExactly(Instant.MIN);
        committed(transactions(), () -> slaConfiguration().addCalendarVersion("lab", JULY, officeHoursNamed("v2")));
        assertThat(slaConfiguration().calendar("lab").orElseThrow().versions()).hasSize(2);
    }

    private static BusinessCalendar officeHoursNamed(String name) {
        return BusinessCalendar.builder(name)
                .mondayToFriday(ChinaMainland.OFFICE_HOURS.toArray(new WorkingPeriod[0]))
                .build();
    }

    /** Calendars have no equality of their own: the same definition, part by part. */
    private static void assertSameCalendar(BusinessCalendar actual, BusinessCalendar expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.zone()).isEqualTo(expected.zone());
        assertThat(actual.weekly()).isEqualTo(expected.weekly());
        assertThat(actual.standardWorkingDay()).isEqualTo(expected.standardWorkingDay());
        assertThat(actual.rules()).containsExactlyElementsOf(expected.rules());
        assertThat(actual.coverage()).isEqualTo(expected.coverage());
    }
}
