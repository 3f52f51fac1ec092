package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.sla.TicketHistories.Scenario;

/**
 * The instant a measurement announces for its next threshold is exact: measured one second
 * earlier nothing new has been crossed, measured then one more threshold has. The
 * escalation scheduler relies on this to wake up neither too early nor too late.
 */
class SlaThresholdProperties {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();

    @Provide
    Arbitrary<Scenario> histories() {
        return TicketHistories.scenarios();
    }

    @Provide
    Arbitrary<ServiceCatalogueEntry> services() {
        return net.jqwik.api.Arbitraries.of(SlaFixture.HIS_OUTPATIENT, SlaFixture.DESKTOP);
    }

    @Property(tries = 10_000)
    void theNextThresholdIsCrossedExactlyAtTheAnnouncedInstant(@ForAll("histories") Scenario s,
                                                               @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement now = SlaClocks.measure(s.history(), service, CALENDARS, s.now());
        Optional<Instant> next = now.nextThresholdAt();
        Statistics.label("next threshold announced").collect(next.isPresent());
        if (next.isPresent()) {
            SlaMeasurement before = SlaClocks.measure(s.history(), service, CALENDARS, next.get().minusSeconds(1));
            SlaMeasurement at = SlaClocks.measure(s.history(), service, CALENDARS, next.get());

            assertThat(next.get()).isAfter(s.now());
            assertThat(before.crossedThresholds()).isEqualTo(now.crossedThresholds());
            assertThat(at.crossedThresholds()).containsAll(now.crossedThresholds())
                    .hasSizeGreaterThan(now.crossedThresholds().size());
        }
    }

    @Property(tries = 10_000)
    void noThresholdIsAnnouncedForAClockThatDoesNotRun(@ForAll("histories") Scenario s,
                                                       @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement m = SlaClocks.measure(s.history(), service, CALENDARS, s.now());

        for (SlaClock clock : m.clocks()) {
            if (clock.state() != ClockState.RUNNING) {
                assertThat(clock.nextThresholdAt()).as(clock.explain()).isEmpty();
            }
        }
    }
}
