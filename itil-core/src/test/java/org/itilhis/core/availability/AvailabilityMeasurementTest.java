package org.itilhis.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.availability.AvailabilityHospital.APP_1;
import static org.itilhis.core.availability.AvailabilityHospital.APP_2;
import static org.itilhis.core.availability.AvailabilityHospital.CORE_SWITCH;
import static org.itilhis.core.availability.AvailabilityHospital.DB_SERVER;
import static org.itilhis.core.availability.AvailabilityHospital.HIS_OUTPATIENT;
import static org.itilhis.core.availability.AvailabilityHospital.OFFICE_SERVER;
import static org.itilhis.core.availability.AvailabilityHospital.OFFICE_SYSTEMS;
import static org.itilhis.core.availability.AvailabilityHospital.WARD_WORKSTATION;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.junit.jupiter.api.Test;

class AvailabilityMeasurementTest {
    static final BusinessCalendar ROUND_THE_CLOCK = BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI);
    static final BusinessCalendar OFFICE_HOURS = ChinaMainland.officeHours();
    static final Instant DECEMBER = at("2026-12-01T00:00");
    static final Instant JANUARY = at("2027-01-01T00:00");
    static final Optional<AvailabilityTarget> HIS_TARGET = Optional.of(AvailabilityTarget.percent("99.9"));
    static final Optional<AvailabilityTarget> OFFICE_TARGET = Optional.of(AvailabilityTarget.percent("99"));

    final AvailabilityMeasurement measurement = AvailabilityMeasurement.of(AvailabilityHospital.graph());

    static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(BusinessCalendar.SHANGHAI).toInstant();
    }

    static Outage down(CiId ci, String start, String end) {
        return new Outage(ci, OperationalState.DOWN, at(start), Optional.of(at(end)), OutageSource.DECLARED,
                "INC " + ci + " " + start);
    }

    static PlannedMaintenance window(String change, CiId ci, String start, String end) {
        return new PlannedMaintenance(change, ImmutableSet.of(ci), at(start), at(end));
    }

    ServiceAvailability hisInDecember(List<Outage> outages, List<PlannedMaintenance> planned) {
        return measurement.measure(HIS_OUTPATIENT, ROUND_THE_CLOCK, DECEMBER, JANUARY, outages, planned, HIS_TARGET);
    }

    @Test
    void aThirtyMinuteDatabaseServerOutageInAMonthCostsHisOutpatientThirtyMinutesRoundTheClock() {
        Outage outage = down(DB_SERVER, "2026-12-08T03:00", "2026-12-08T03:30");

        ServiceAvailability his = hisInDecember(List.of(outage), List.of());

        assertThat(his.agreedTime()).isEqualTo(Duration.ofDays(31));
        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(his.plannedDowntime()).isZero();
        assertThat(his.availability()).isEqualByComparingTo("99.9327"); // 44,610 / 44,640 minutes, rounded down
        assertThat(his.availability().scale()).isEqualTo(4);
        assertThat(his.outages()).isEqualTo(1);
        assertThat(his.mtrs()).contains(Duration.ofMinutes(30));
        assertThat(his.mtbf()).contains(Duration.ofMinutes(44_610));
        assertThat(his.longestOutage()).contains(Duration.ofMinutes(30));
        assertThat(his.targetMet()).contains(true);
        assertThat(his.calendar()).isEqualTo("24x7");
        assertThat(his.explaining()).singleElement().satisfies(serviceOutage -> {
            assertThat(serviceOutage.start()).isEqualTo(at("2026-12-08T03:00"));
            assertThat(serviceOutage.end()).isEqualTo(at("2026-12-08T03:30"));
            assertThat(serviceOutage.planned()).isFalse();
            assertThat(serviceOutage.counted()).isEqualTo(Duration.ofMinutes(30));
            assertThat(serviceOutage.causes()).containsExactly(outage);
            assertThat(serviceOutage.maintenance()).isEmpty();
        });
    }

    @Test
    void anHourAndAHalfOfDowntimeInAMonthMissesHisOutpatientsTarget() {
        ServiceAvailability his = hisInDecember(List.of(down(DB_SERVER, "2026-12-08T03:00", "2026-12-08T04:30")), List.of());

        assertThat(his.availability()).isEqualByComparingTo("99.7983");
        assertThat(his.targetMet()).contains(false);
    }

    @Test
    void aNightTimeOutageCostsOfficeSystemsNothingInOfficeHours() {
        ServiceAvailability office = measurement.measure(OFFICE_SYSTEMS, OFFICE_HOURS, DECEMBER, JANUARY,
                List.of(down(OFFICE_SERVER, "2026-12-08T22:00", "2026-12-09T02:00")), List.of(), OFFICE_TARGET);

        assertThat(office.calendar()).isEqualTo(OFFICE_HOURS.name());
        assertThat(office.agreedTime()).isEqualTo(OFFICE_HOURS.businessTimeBetween(DECEMBER, JANUARY));
        assertThat(office.unplannedDowntime()).isZero();
        assertThat(office.availability()).isEqualByComparingTo("100");
        assertThat(office.outages()).isZero();
        assertThat(office.mtbf()).isEmpty();
        assertThat(office.mtrs()).isEmpty();
        assertThat(office.longestOutage()).isEmpty();
        assertThat(office.targetMet()).contains(true);
        assertThat(office.explaining()).singleElement()
                .satisfies(serviceOutage -> assertThat(serviceOutage.counted()).isZero());
    }

    @Test
    void anOfficeOutageOverLunchCostsOnlyTheOfficeHoursInIt() {
        ServiceAvailability office = measurement.measure(OFFICE_SYSTEMS, OFFICE_HOURS, DECEMBER, JANUARY,
                List.of(down(OFFICE_SERVER, "2026-12-08T11:00", "2026-12-08T15:00")), List.of(), OFFICE_TARGET);

        assertThat(office.unplannedDowntime()).isEqualTo(Duration.ofHours(2));
        assertThat(office.outages()).isEqualTo(1);
        assertThat(office.longestOutage()).contains(Duration.ofHours(2));
    }

    @Test
    void oneNodeOfTheTwoNodeClusterDownDegradesTheServiceButDoesNotBringItDown() {
        ServiceAvailability his = hisInDecember(List.of(down(APP_1, "2026-12-08T10:00", "2026-12-08T11:00")), List.of());

        assertThat(his.unplannedDowntime()).isZero();
        assertThat(his.degradedTime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.availability()).isEqualByComparingTo("100");
        assertThat(his.outages()).isZero();
        assertThat(his.explaining()).isEmpty();
    }

    @Test
    void overlappingOutagesOfBothNodesCountOnlyTheOverlap() {
        Outage first = down(APP_1, "2026-12-08T10:00", "2026-12-08T11:00");
        Outage second = down(APP_2, "2026-12-08T10:30", "2026-12-08T11:30");

        ServiceAvailability his = hisInDecember(List.of(second, first), List.of());

        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(his.degradedTime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.outages()).isEqualTo(1);
        assertThat(his.explaining()).singleElement().satisfies(serviceOutage -> {
            assertThat(serviceOutage.start()).isEqualTo(at("2026-12-08T10:30"));
            assertThat(serviceOutage.end()).isEqualTo(at("2026-12-08T11:00"));
            assertThat(serviceOutage.causes()).containsExactly(first, second);
        });
    }

    @Test
    void aDegradedDatabaseServerDegradesTheService() {
        Outage slow = new Outage(DB_SERVER, OperationalState.DEGRADED, at("2026-12-08T10:00"),
                Optional.of(at("2026-12-08T12:00")), OutageSource.MONITORING, "alert 5521");

        ServiceAvailability his = hisInDecember(List.of(slow), List.of());

        assertThat(his.degradedTime()).isEqualTo(Duration.ofHours(2));
        assertThat(his.unplannedDowntime()).isZero();
    }

    @Test
    void anOutageInsideAnApprovedChangeWindowIsPlanned() {
        Outage upgrade = down(DB_SERVER, "2026-12-13T02:00", "2026-12-13T03:00");

        ServiceAvailability his = hisInDecember(List.of(upgrade),
                List.of(window("CHG-2026-000042", DB_SERVER, "2026-12-13T01:00", "2026-12-13T04:00")));

        assertThat(his.plannedDowntime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.unplannedDowntime()).isZero();
        assertThat(his.availability()).isEqualByComparingTo("100");
        assertThat(his.outages()).isZero();
        assertThat(his.explaining()).singleElement().satisfies(serviceOutage -> {
            assertThat(serviceOutage.planned()).isTrue();
            assertThat(serviceOutage.counted()).isEqualTo(Duration.ofHours(1));
            assertThat(serviceOutage.causes()).containsExactly(upgrade);
            assertThat(serviceOutage.maintenance()).containsExactly("CHG-2026-000042");
        });
    }

    @Test
    void anOutageStartingInsideTheWindowAndRunningPastItIsPlannedThenUnplanned() {
        Outage overrun = down(DB_SERVER, "2026-12-13T03:00", "2026-12-13T05:00");

        ServiceAvailability his = hisInDecember(List.of(overrun),
                List.of(window("CHG-2026-000042", DB_SERVER, "2026-12-13T01:00", "2026-12-13T04:00")));

        assertThat(his.plannedDowntime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.outages()).isEqualTo(1);
        assertThat(his.explaining()).hasSize(2);
        assertThat(his.explaining().get(0).planned()).isTrue();
        assertThat(his.explaining().get(0).end()).isEqualTo(at("2026-12-13T04:00"));
        assertThat(his.explaining().get(0).maintenance()).containsExactly("CHG-2026-000042");
        assertThat(his.explaining().get(1).planned()).isFalse();
        assertThat(his.explaining().get(1).start()).isEqualTo(at("2026-12-13T04:00"));
        assertThat(his.explaining().get(1).causes()).containsExactly(overrun);
        assertThat(his.explaining().get(1).maintenance()).isEmpty();
    }

    @Test
    void overlappingWindowsOnTheItemBothExplainThePlannedOutageAndTheGapBetweenThemIsUnplanned() {
        ServiceAvailability his = hisInDecember(List.of(down(DB_SERVER, "2026-12-13T01:00", "2026-12-13T06:00")),
                List.of(window("CHG-2026-000042", DB_SERVER, "2026-12-13T00:00", "2026-12-13T03:00"),
                        window("CHG-2026-000044", DB_SERVER, "2026-12-13T02:00", "2026-12-13T04:00"),
                        window("CHG-2026-000045", DB_SERVER, "2026-12-13T05:00", "2026-12-13T07:00")));

        assertThat(his.plannedDowntime()).isEqualTo(Duration.ofHours(4));
        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.explaining()).extracting(ServiceOutage::planned).containsExactly(true, false, true);
        assertThat(his.explaining().get(0).maintenance()).containsExactly("CHG-2026-000042", "CHG-2026-000044");
        assertThat(his.explaining().get(2).maintenance()).containsExactly("CHG-2026-000045");
    }

    @Test
    void aWindowOnAnotherItemDoesNotMakeAnOutagePlanned() {
        ServiceAvailability his = hisInDecember(List.of(down(DB_SERVER, "2026-12-13T02:00", "2026-12-13T03:00")),
                List.of(window("CHG-2026-000042", APP_1, "2026-12-13T01:00", "2026-12-13T04:00")));

        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofHours(1));
        assertThat(his.plannedDowntime()).isZero();
    }

    @Test
    void theServiceIsPlannedDownWhenOnlyThePlannedOutageOfOneNodeTakesItDownWithTheOther() {
        ServiceAvailability his = hisInDecember(
                List.of(down(APP_1, "2026-12-13T02:00", "2026-12-13T03:00"),
                        down(APP_2, "2026-12-13T02:30", "2026-12-13T04:00")),
                List.of(window("CHG-2026-000043", APP_1, "2026-12-13T01:00", "2026-12-13T05:00")));

        assertThat(his.plannedDowntime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(his.unplannedDowntime()).isZero();
        assertThat(his.degradedTime()).isEqualTo(Duration.ofMinutes(90));
        assertThat(his.explaining()).singleElement().satisfies(serviceOutage -> {
            assertThat(serviceOutage.planned()).isTrue();
            assertThat(serviceOutage.causes()).hasSize(2);
            assertThat(serviceOutage.maintenance()).containsExactly("CHG-2026-000043");
        });
    }

    @Test
    void anUnplannedCoreSwitchOutageDuringAPlannedDatabaseOutageIsUnplanned() {
        Outage upgrade = down(DB_SERVER, "2026-12-13T02:00", "2026-12-13T04:00");
        Outage switchFailure = down(CORE_SWITCH, "2026-12-13T03:00", "2026-12-13T03:20");

        ServiceAvailability his = hisInDecember(List.of(upgrade, switchFailure),
                List.of(window("CHG-2026-000042", DB_SERVER, "2026-12-13T01:00", "2026-12-13T05:00")));

        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(his.plannedDowntime()).isEqualTo(Duration.ofMinutes(100));
        assertThat(his.explaining()).extracting(ServiceOutage::planned).containsExactly(true, false, true);
        assertThat(his.explaining().get(1).causes()).containsExactly(switchFailure);
    }

    @Test
    void outagesOfItemsTheServiceDoesNotNeedChangeNothing() {
        ServiceAvailability his = hisInDecember(List.of(down(WARD_WORKSTATION, "2026-12-08T10:00", "2026-12-08T11:00"),
                down(OFFICE_SERVER, "2026-12-08T10:00", "2026-12-08T11:00"),
                down(AvailabilityHospital.id(99), "2026-12-08T10:00", "2026-12-08T11:00")), List.of());

        assertThat(his.unplannedDowntime()).isZero();
        assertThat(his.degradedTime()).isZero();
        assertThat(his.explaining()).isEmpty();
    }

    @Test
    void anOpenOutageRunsToTheEndOfThePeriodAndOneStartedBeforeItIsClipped() {
        Outage open = new Outage(DB_SERVER, OperationalState.DOWN, at("2026-12-31T23:00"), Optional.empty(),
                OutageSource.MONITORING, "alert 7");
        Outage fromNovember = down(CORE_SWITCH, "2026-11-30T23:00", "2026-12-01T00:15");

        ServiceAvailability his = hisInDecember(List.of(open, fromNovember), List.of());

        assertThat(his.unplannedDowntime()).isEqualTo(Duration.ofMinutes(75));
        assertThat(his.outages()).isEqualTo(2);
        assertThat(his.longestOutage()).contains(Duration.ofHours(1));
        assertThat(his.explaining().get(0).start()).isEqualTo(DECEMBER);
        assertThat(his.explaining().get(1).end()).isEqualTo(JANUARY);
    }

    @Test
    void theAvailabilityIsRoundedDownSoThatItNeverMeetsATargetItMisses() {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Outage outage = new Outage(DB_SERVER, OperationalState.DOWN, from, Optional.of(from.plusSeconds(4_001)),
                OutageSource.REPAIR, "repair 17");

        ServiceAvailability his = measurement.measure(HIS_OUTPATIENT, ROUND_THE_CLOCK, from, from.plusSeconds(10_000_000),
                List.of(outage), List.of(), Optional.of(AvailabilityTarget.percent("99.96")));

        assertThat(his.availability()).isEqualTo(new BigDecimal("99.9599")); // 99.95999 exactly
        assertThat(his.targetMet()).contains(false);
    }

    @Test
    void anEmptyPeriodIsFullyAvailable() {
        ServiceAvailability his = measurement.measure(HIS_OUTPATIENT, ROUND_THE_CLOCK, DECEMBER, DECEMBER,
                List.of(down(DB_SERVER, "2026-11-30T23:00", "2026-12-01T00:15")), List.of(), Optional.empty());

        assertThat(his.agreedTime()).isZero();
        assertThat(his.availability()).isEqualTo(new BigDecimal("100.0000"));
        assertThat(his.targetMet()).isEmpty();
        assertThat(his.explaining()).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAServiceNotInTheGraphIsRefused() {
        assertThatThrownBy(() -> measurement.measure(HIS_OUTPATIENT, ROUND_THE_CLOCK, JANUARY, DECEMBER, List.of(),
                List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measurement.measure(AvailabilityHospital.id(99), ROUND_THE_CLOCK, DECEMBER, JANUARY,
                List.of(), List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
