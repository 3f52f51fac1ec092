package org.itilhis.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Normal + overtime + holiday = total, for any work and any roster: intervals and duties
 * anywhere around Labour Day and National Day 2026 (holidays of the mainland calendar), of any
 * kind, overlapping or not, under any choice of normal shifts.
 */
class TimeSplitProperties {
    private static final Instant APRIL_28 = Instant.parse("2026-04-27T16:00:00Z");
    private static final Instant SEPTEMBER_28 = Instant.parse("2026-09-27T16:00:00Z");

    @Property(tries = 1000)
    void theThreePartsAddUpToTheTimeWorked(@ForAll("intervals") List<WorkedInterval> worked,
                                           @ForAll("duties") List<Duty> duties,
                                           @ForAll("rules") SplitRules rules) {
        TimeSplit sum = TimeSplit.NONE;
        Duration total = Duration.ZERO;
        for (WorkedInterval interval : worked) {
            TimeSplit split = rules.split(interval, duties);
            assertThat(split.total()).isEqualTo(interval.length());
            sum = sum.plus(split);
            total = total.plus(interval.length());
        }
        assertThat(sum.normal().plus(sum.overtime()).plus(sum.holiday())).isEqualTo(total);
    }

    @Property(tries = 1000)
    void workInsideANormalDutyOffHolidaysIsNeverOvertime(@ForAll("duties") List<Duty> duties,
                                                          @ForAll("rules") SplitRules rules) {
        for (Duty duty : duties) {
            TimeSplit split = rules.split(new WorkedInterval(duty.start(), duty.end()), List.of(duty));
            if (rules.normalShifts().contains(duty.kind())) {
                assertThat(split.overtime()).isZero();
            } else {
                assertThat(split.normal()).isZero();
            }
        }
    }

    @Provide
    Arbitrary<List<WorkedInterval>> intervals() {
        return Combinators.combine(base(), Arbitraries.integers().between(0, 5 * 24 * 60),
                        Arbitraries.integers().between(1, 24 * 60))
                .as((base, offset, minutes) -> {
                    Instant end = base.plus(Duration.ofMinutes(offset)).plusSeconds(37);
                    return new WorkedInterval(end.minus(Duration.ofMinutes(minutes)), end);
                })
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Duty>> duties() {
        return Combinators.combine(base(), Arbitraries.integers().between(0, 5 * 24 * 60),
                        Arbitraries.integers().between(1, 16 * 60), Arbitraries.of(ShiftKind.class))
                .as((base, offset, minutes, kind) -> {
                    Instant start = base.plus(Duration.ofMinutes(offset));
                    return new Duty(StaffId.of("E0101"), GroupId.of("desktop-support"), kind.name(), kind, start,
                            start.plus(Duration.ofMinutes(minutes)));
                })
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<SplitRules> rules() {
        return Arbitraries.subsetOf(ShiftKind.values()).filter(s -> !s.isEmpty())
                .map(kinds -> SplitRules.onSite(ChinaMainland.officeHours()).withNormalShifts(kinds));
    }

    private static Arbitrary<Instant> base() {
        return Arbitraries.of(APRIL_28, SEPTEMBER_28);
    }
}
