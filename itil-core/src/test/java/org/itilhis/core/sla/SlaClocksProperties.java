package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.sla.TicketHistories.Scenario;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.ticket.TicketEvent;

class SlaClocksProperties {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();

    @Provide
    Arbitrary<Scenario> histories() {
        return TicketHistories.scenarios();
    }

    @Provide
    Arbitrary<ServiceCatalogueEntry> services() {
        Arbitrary<List<HoldReason>> pausing = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.copyOf(ServiceLevelAgreement.DEFAULT_PAUSING_REASONS))),
                Tuple.of(1, Arbitraries.of(HoldReason.class).list().ofMaxSize(3)));
        return Arbitraries.of(SlaFixture.HIS_OUTPATIENT, SlaFixture.DESKTOP).flatMap(service ->
                pausing.map(reasons -> new ServiceCatalogueEntry(service.service(), service.criticality(),
                        service.sla().withPausingReasons(reasons))));
    }

    private static SlaMeasurement measure(List<TicketEvent> history, ServiceCatalogueEntry service, Instant now) {
        return SlaClocks.measure(history, service, CALENDARS, now);
    }

    @Property(tries = 10_000)
    void pausedIntervalsNeverCount(@ForAll("histories") Scenario s, @ForAll("services") ServiceCatalogueEntry service) {
        List<TicketEvent> h = s.history();
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i) instanceof PutOnHold hold && service.sla().pauses(hold.reason())) {
                int end = i + 1;
                while (end < h.size() && !(h.get(end) instanceof Resumed || h.get(end) instanceof Cancelled)) {
                    end++;
                }
                Instant endAt = end < h.size() ? h.get(end).occurredAt() : s.now();
                // up to and including the resumption (or cancellation): resuming must not count the pause either
                int through = Math.min(end + 1, h.size());
                assertThat(measure(h.subList(0, through), service, endAt).resolution().elapsed())
                        .isEqualTo(measure(h.subList(0, i + 1), service, hold.occurredAt()).resolution().elapsed());
            }
        }
    }

    @Provide
    Arbitrary<Scenario> skewedHistories() {
        return TicketHistories.scenariosUnderClockSkew();
    }

    /**
     * Nodes' clocks up to a minute apart (ADR 0007): the recorded history never goes back in
     * time, and the ticket is measurable from every node, even one a minute behind its last event.
     */
    @Property(tries = 3_000)
    void ticketsWrittenByNodesWithSkewedClocksStayMeasurable(@ForAll("skewedHistories") Scenario s,
                                                           @ForAll("services") ServiceCatalogueEntry service) {
        for (int i = 1; i < s.history().size(); i++) {
            assertThat(s.history().get(i).occurredAt()).isAfterOrEqualTo(s.history().get(i - 1).occurredAt());
        }
        Instant last = s.history().get(s.history().size() - 1).occurredAt();

        SlaMeasurement behind = measure(s.history(), service, last.minusSeconds(60));
        SlaMeasurement atLast = measure(s.history(), service, last);

        assertThat(behind).isEqualTo(atLast);
        assertThat(measure(s.history(), service, s.now()).resolution().elapsed())
                .isGreaterThanOrEqualTo(atLast.resolution().elapsed());
    }

    @Property(tries = 10_000)
    void elapsedNeverExceedsTheBusinessTimeSinceRaising(@ForAll("histories") Scenario s,
                                                         @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement m = measure(s.history(), service, s.now());
        BusinessCalendar calendar = CALENDARS.calendarFor(service, s.history().get(0).occurredAt(), s.now());
        Duration sinceRaised = calendar.businessTimeBetween(s.history().get(0).occurredAt(), s.now());

        assertThat(m.resolution().elapsed()).isLessThanOrEqualTo(sinceRaised);
        assertThat(m.response().elapsed()).isLessThanOrEqualTo(sinceRaised);
    }

    @Property(tries = 10_000)
    void keepInLoopElapsedNeverExceedsTheBusinessTimeSinceTheLastUpdate(@ForAll("histories") Scenario s,
                                                                      @ForAll("services") ServiceCatalogueEntry service) {
        SlaClock clock = measure(s.history(), service, s.now()).keepInLoop();
        BusinessCalendar calendar = CALENDARS.calendarFor(service, s.history().get(0).occurredAt(), s.now());
        Instant lastUpdate = clock.startedAt();
        Instant until = clock.stoppedAt().orElse(s.now());

        assertThat(lastUpdate).isAfterOrEqualTo(s.history().get(0).occurredAt()).isBeforeOrEqualTo(until);
        assertThat(clock.elapsed()).isEqualTo(calendar.businessTimeBetween(lastUpdate, until));
        assertThat(clock.elapsed()).isLessThanOrEqualTo(calendar.businessTimeBetween(lastUpdate, s.now()));
        if (clock.stoppedAt().isEmpty()) {
            s.history().stream().filter(CallerUpdated.class::isInstance).map(TicketEvent::occurredAt).forEach(at ->
                    assertThat(at).as("a running clock restarts at every update").isBeforeOrEqualTo(lastUpdate));
        }
    }

    @Property(tries = 10_000)
    void updatingTheCallerOfAnOpenTicketResetsTheKeepInLoopClock(@ForAll("histories") Scenario s,
                                                                  @ForAll("services") ServiceCatalogueEntry service) {
        SlaClock before = measure(s.history(), service, s.now()).keepInLoop();
        Assume.that(before.stoppedAt().isEmpty());
        List<TicketEvent> updated = new ArrayList<>(s.history());
        updated.add(new CallerUpdated(s.history().get(0).ticketId(), "news", SlaTickets.AGENT, s.now()));

        SlaClock after = measure(updated, service, s.now()).keepInLoop();

        assertThat(after.startedAt()).isEqualTo(s.now());
        assertThat(after.elapsed()).isZero();
        assertThat(after.state()).isEqualTo(ClockState.RUNNING);
        assertThat(after.crossedWarnings()).isEmpty();
    }

    @Property(tries = 10_000)
    void aClockIsBreachedExactlyWhenNotMetAndOverItsTarget(@ForAll("histories") Scenario s,
                                                          @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement m = measure(s.history(), service, s.now());

        for (SlaClock clock : List.of(m.response(), m.resolution(), m.keepInLoop())) {
            if (clock.state() != ClockState.CANCELLED) {
                boolean over = clock.elapsed().compareTo(clock.target()) > 0;
                assertThat(clock.isBreached()).as(clock.explain()).isEqualTo(clock.state() != ClockState.MET && over);
                assertThat(clock.state() == ClockState.MET && over).isFalse();
            }
        }
    }

    @Property(tries = 10_000)
    void measuringTheSameHistoryAgainGivesTheSameFigures(@ForAll("histories") Scenario s,
                                                        @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement first = measure(s.history(), service, s.now());
        Statistics.label("resolution").collect(first.resolution().state());
        Statistics.label("segments").collect(Math.min(first.segments().size(), 3));
        Statistics.label("pausing holds").collect(s.history().stream()
                .anyMatch(e -> e instanceof PutOnHold h && service.sla().pauses(h.reason())));

        assertThat(measure(List.copyOf(s.history()), service, s.now())).isEqualTo(first);
    }

    @Property(tries = 10_000)
    void olaSegmentsCoverTheTicketAndSumToTheResolutionTime(@ForAll("histories") Scenario s,
                                                           @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement m = measure(s.history(), service, s.now());

        assertThat(m.segmentTotal()).isEqualTo(m.resolution().elapsed());
        assertThat(m.segments().get(0).from()).isEqualTo(s.history().get(0).occurredAt());
        assertThat(m.segments().get(m.segments().size() - 1).until()).isEqualTo(s.now());
        for (int i = 1; i < m.segments().size(); i++) {
            assertThat(m.segments().get(i).from()).isEqualTo(m.segments().get(i - 1).until());
            assertThat(m.segments().get(i).group()).isNotEqualTo(m.segments().get(i - 1).group());
        }
    }

    @Property(tries = 10_000)
    void aRunningClockCountsItsWholeTargetByItsDeadline(@ForAll("histories") Scenario s,
                                                       @ForAll("services") ServiceCatalogueEntry service) {
        SlaMeasurement m = measure(s.history(), service, s.now());
        SlaClock clock = m.resolution();
        if (clock.state() == ClockState.RUNNING) {
            Instant deadline = clock.deadline().orElseThrow();
            Instant lastEvent = s.history().get(s.history().size() - 1).occurredAt();
            // a deadline passed in non-working time, after which only later events came: the target is used up exactly
            Instant at = deadline.isBefore(lastEvent) ? s.now() : deadline;
            assertThat(measure(s.history(), service, at).resolution().elapsed()).isEqualTo(clock.target());
        }
    }
}
