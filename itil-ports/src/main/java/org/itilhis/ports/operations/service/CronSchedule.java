package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.calendar.InvalidScheduleException;

/**
 * When something recurring falls due: a cron expression of five fields (minute, hour, day of
 * month, month, day of week; {@code 0 8,20 * * *} is 08:00 and 20:00 every day, {@code 0 10 * * 1}
 * Mondays at 10:00, {@code 0 9 1 * *} the first of the month at 09:00) read in the local time of
 * a business calendar, on the calendar's {@link CalendarDays} only: a round "on working days"
 * skips a statutory holiday that falls on a Tuesday and runs on the Sunday worked before the
 * Spring Festival. Parsed and expanded by cron-utils (ADR 0019).
 */
public final class CronSchedule {
    /** The furthest a next due time is looked for: a schedule that never falls due within it has none. */
    static final Duration HORIZON = Duration.ofDays(400);
    /** The most due times {@link #dueTimes} lists in one call. */
    public static final int MAX_DUE_TIMES = 10_000;

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final CalendarDays days;
    private final ExecutionTime executionTime;

    private CronSchedule(String expression, CalendarDays days, ExecutionTime executionTime) {
        this.expression = expression;
        this.days = days;
        this.executionTime = executionTime;
    }

    /**
     * The schedule of {@code expression} on {@code days}.
     *
     * @param field how a refusal names the expression's field ({@code schedule}, {@code cron})
     * @throws InvalidScheduleException if it is not a cron expression of five fields
     */
    public static CronSchedule parse(String field, String expression, CalendarDays days) {
        checkNotNull(field, "field");
        checkNotNull(days, "days");
        if (expression == null || expression.isBlank() || expression.strip().split("\\s+").length != 5) {
            throw new InvalidScheduleException(field, String.valueOf(expression));
        }
        try {
            String stripped = expression.strip();
            return new CronSchedule(stripped, days, ExecutionTime.forCron(PARSER.parse(stripped).validate()));
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleException(field, expression);
        }
    }

    public String expression() {
        return expression;
    }

    public CalendarDays days() {
        return days;
    }

    /** The first due time after {@code after} (exclusive), or empty if none falls within 400 days. */
    public Optional<Instant> nextAfter(Instant after, BusinessCalendar calendar) {
        checkNotNull(after, "after");
        checkNotNull(calendar, "calendar");
        ZonedDateTime cursor = after.atZone(calendar.zone());
        ZonedDateTime horizon = cursor.plus(HORIZON);
        while (true) {
            Optional<ZonedDateTime> next = executionTime.nextExecution(cursor);
            if (next.isEmpty() || next.get().isAfter(horizon)) {
                return Optional.empty();
            }
            cursor = next.get();
            if (days.includes(cursor.toLocalDate(), calendar)) {
                return Optional.of(cursor.toInstant());
            }
        }
    }

    /**
     * The due times after {@code after} (exclusive) up to {@code until} (inclusive), in order.
     *
     * @throws IllegalArgumentException if there are more than {@value #MAX_DUE_TIMES}: ask for a shorter period
     */
    public ImmutableList<Instant> dueTimes(Instant after, Instant until, BusinessCalendar calendar) {
        checkNotNull(until, "until");
        ImmutableList.Builder<Instant> due = ImmutableList.builder();
        int count = 0;
        Optional<Instant> next = nextAfter(after, calendar);
        while (next.isPresent() && !next.get().isAfter(until)) {
            checkArgument(++count <= MAX_DUE_TIMES, "schedule %s falls due more than %s times between %s and %s",
                    expression, MAX_DUE_TIMES, after, until);
            due.add(next.get());
            next = nextAfter(next.get(), calendar);
        }
        return due.build();
    }

    @Override
    public String toString() {
        return expression + " on " + days;
    }
}
