package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketId;

/**
 * What the {@link SlaReport} counts of one ticket's measurement: small enough to be stored per
 * ticket and read by the hundred thousand, so that a report need not measure every ticket
 * again (issue 12). A standing taken at {@code measuredAt} gives the report's figures at a
 * later instant {@linkplain #at unchanged}, apart from the business time its last OLA segment
 * keeps counting, as long as the ticket has no new event, the configuration is the same, the
 * instant is before {@link #validUntil} and the standing {@linkplain #mayAlert() cannot alert}
 * (the report lists alerting tickets with their full clocks, so those are measured afresh).
 *
 * @param priority the priority whose resolution target applies (the latest)
 * @param counting whether the resolution clock was counting business time when measured,
 *                 which then adds to the last OLA segment
 */
public record TicketStanding(TicketId ticketId, String service, Instant raisedAt, Priority priority,
                             ClockStanding response, ClockStanding resolution, ImmutableList<HeldSegment> segments,
                             ImmutableSortedSet<Integer> provisionalYears, Instant measuredAt, boolean counting) {
    public TicketStanding {
        checkNotNull(ticketId, "ticketId");
        checkNotNull(service, "service");
        checkNotNull(raisedAt, "raisedAt");
        checkNotNull(priority, "priority");
        checkNotNull(response, "response");
        checkNotNull(resolution, "resolution");
        checkArgument(!checkNotNull(segments, "segments").isEmpty(), "ticket %s has no OLA segment", ticketId);
        checkNotNull(provisionalYears, "provisionalYears");
        checkNotNull(measuredAt, "measuredAt");
    }

    /** The standing of {@code measurement}. */
    public static TicketStanding of(SlaMeasurement measurement) {
        checkNotNull(measurement, "measurement");
        return new TicketStanding(measurement.ticketId(), measurement.service(), measurement.response().startedAt(),
                measurement.resolution().priority(), ClockStanding.of(measurement.response()),
                ClockStanding.of(measurement.resolution()),
                measurement.segments().stream().map(s -> new HeldSegment(s.group(), s.businessTime()))
                        .collect(ImmutableList.toImmutableList()),
                measurement.provisionalYears(), measurement.resolution().measuredAt(),
                measurement.resolution().state() == ClockState.RUNNING);
    }

    /**
     * Until when a standing of {@code measurement} stays true of an open ticket without a new
     * event: its next threshold, and at the latest the start of the next year in {@code zone}
     * (a clock counting past a breach may reach a year whose holiday arrangement is not loaded,
     * which makes its figures provisional without a threshold). Empty when neither applies
     * (no clock counts and no threshold is ahead).
     */
    public static Optional<Instant> validUntil(SlaMeasurement measurement, ZoneId zone) {
        Instant measuredAt = measurement.resolution().measuredAt();
        boolean anyCounting = measurement.clocks().stream()
                .anyMatch(c -> c.stoppedAt().isEmpty() && c.state() != ClockState.CANCELLED);
        Optional<Instant> nextYear = anyCounting ? Optional.of(ZonedDateTime.ofInstant(measuredAt, zone)
                .toLocalDate().withDayOfYear(1).plusYears(1).atStartOfDay(zone).toInstant()) : Optional.empty();
        Optional<Instant> next = measurement.nextThresholdAt();
        if (next.isPresent() && nextYear.isPresent()) {
            return Optional.of(next.get().isBefore(nextYear.get()) ? next.get() : nextYear.get());
        }
        return next.or(() -> nextYear);
    }

    /** The assignment group holding the ticket at the measuring instant (at resolution, if resolved). */
    public GroupId groupAtEnd() {
        return segments.get(segments.size() - 1).group();
    }

    /** Whether the ticket is open for the report's watch lists: its resolution clock has not stopped for good. */
    public boolean isOpen() {
        return !resolution.stopped() && resolution.state() != ClockState.CANCELLED;
    }

    /**
     * Whether the report lists the ticket as breached or at risk: open, with a breached clock or
     * a clock within target past a warning threshold.
     */
    public boolean mayAlert() {
        return isOpen() && (response.state() == ClockState.BREACHED || resolution.state() == ClockState.BREACHED
                || response.isWarnedWithinTarget() || resolution.isWarnedWithinTarget());
    }

    /** Whether any figure depends on a year whose official holiday arrangement was not loaded. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /**
     * This standing as measured at {@code now} instead: the last OLA segment gains the business
     * time {@code calendar} (the one measuring the ticket, asked for only while the resolution
     * clock counts) counts since the measuring instant; every other figure is the same. Valid
     * for the conditions the class comment gives.
     *
     * @throws IllegalArgumentException if {@code now} is before the measuring instant
     */
    public TicketStanding at(Instant now, Supplier<BusinessCalendar> calendar) {
        checkArgument(!now.isBefore(measuredAt), "%s is before the measuring instant %s", now, measuredAt);
        ImmutableList<HeldSegment> advanced = segments;
        if (counting && now.isAfter(measuredAt)) {
            HeldSegment last = segments.get(segments.size() - 1);
            advanced = ImmutableList.<HeldSegment>builderWithExpectedSize(segments.size())
                    .addAll(segments.subList(0, segments.size() - 1))
                    .add(new HeldSegment(last.group(),
                            last.businessTime().plus(calendar.get().businessTimeBetween(measuredAt, now))))
                    .build();
        }
        return new TicketStanding(ticketId, service, raisedAt, priority, response, resolution, advanced,
                provisionalYears, now, counting);
    }
}
