package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working time against which SLA targets are measured: a time zone, weekly working
 * periods, and date rules (public holidays, adjusted working days, half days, extra
 * hours). A clinical-critical service uses {@link #twentyFourSeven}; office systems use an
 * office-hours calendar such as {@link ChinaMainland#officeHours}.
 *
 * <h2>Semantics (exact to the second)</h2>
 * <ul>
 *   <li>Working periods are half-open, {@code [start, end)}, in local time of the
 *       calendar's zone: with 08:00-12:00 the instant 12:00:00 is not working time and
 *       11:59:59 is the last working second.</li>
 *   <li>Instants are truncated to whole seconds and business durations must be whole
 *       seconds; results are whole seconds.</li>
 *   <li>A clock that starts outside working time starts counting at the next working
 *       instant; time outside working periods, on holidays, never counts.</li>
 *   <li>{@code deadline(start, d)} for {@code d > 0} is the earliest instant {@code t} with
 *       {@code businessTimeBetween(start, t) == d}: when the last second falls at the end
 *       of a period the deadline is that end (12:00), not the next period's start (14:00).
 *       For {@code d == 0} it is the first working instant at or after {@code start} (when
 *       the clock actually starts).</li>
 *   <li>{@code businessTimeBetween(from, to)} is zero when {@code to} is not after
 *       {@code from}; it never returns a negative duration.</li>
 *   <li>Daylight-saving time: local times in a gap move forward by the gap, in an overlap
 *       the earlier offset applies; business time is always real elapsed time.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the per-year index behind the operations
 * is built lazily and cached (see {@code WorkingTimeIndex}), so there is no upper limit
 * to the range: years without date rules follow the weekly pattern.
 *
 * <h2>Coverage</h2>
 * A calendar that follows an official holiday arrangement ({@link #coverage()}) knows the
 * years whose arrangement it holds. In any other year its statutory holidays are kept as
 * provisional holidays, and {@link #provisionalYears} tells a caller that a deadline or a
 * business time over a span reaching such a year may change once the year's notice is
 * loaded ({@link #withOfficialArrangement}); see ADR 0003.
 */
public final class BusinessCalendar {
    /** The default zone of the hospital's calendars. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final String name;
    private final ZoneId zone;
    private final ImmutableMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekly;
    private final ImmutableList<WorkingPeriod> standardDay;
    private final ImmutableSortedMap<LocalDate, ImmutableList<WorkingPeriod>> dates;
    private final ImmutableList<DateRule> rules;
    private final Optional<CalendarCoverage> coverage;
    private final WorkingTimeIndex index;

    BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, ImmutableList<WorkingPeriod>> weekly,
            ImmutableList<WorkingPeriod> standardDay, Map<LocalDate, ImmutableList<WorkingPeriod>> dates,
            ImmutableList<DateRule> rules, Optional<CalendarCoverage> coverage) {
        this.name = name;
        this.zone = zone;
        this.weekly = ImmutableMap.copyOf(weekly);
        this.standardDay = standardDay;
        this.dates = ImmutableSortedMap.copyOf(dates);
        this.rules = rules;
        this.coverage = coverage;
        this.index = new WorkingTimeIndex(zone, this::periodsOn);
    }

    /** A builder for a calendar named {@code name}, in {@link #SHANGHAI} until told otherwise. */
    public static BusinessCalendarBuilder builder(String name) {
        return new BusinessCalendarBuilder(name);
    }

    /** Round the clock, every day: business time equals elapsed time. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        BusinessCalendarBuilder builder = builder("24x7").zone(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.weekly(day, WorkingPeriod.WHOLE_DAY);
        }
        return builder.build();
    }

    /**
     * The instant at which {@code businessDuration} of working time after {@code start}
     * has elapsed (see the class comment for the exact rule, including {@code d == 0}).
     *
     * @throws IllegalArgumentException if the duration is negative or not whole seconds
     */
    public Instant deadline(Instant start, Duration businessDuration) {
        checkNotNull(start, "start");
        checkNotNull(businessDuration, "businessDuration");
        checkArgument(!businessDuration.isNegative() && businessDuration.getNano() == 0,
                "business duration %s is negative or not whole seconds", businessDuration);
        return Instant.ofEpochSecond(index.deadline(start.getEpochSecond(), businessDuration.getSeconds()));
    }

    /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return Duration.ofSeconds(index.secondsBetween(from.getEpochSecond(), to.getEpochSecond()));
    }

    /** Whether the second starting at {@code instant} (truncated to the second) is working time. */
    public boolean isWorkingTime(Instant instant) {
        checkNotNull(instant, "instant");
        long second = instant.getEpochSecond();
        return index.secondsBetween(second, second + 1) == 1;
    }

    /**
     * The years, in the calendar's zone, from the year of {@code from} to that of {@code to}
     * whose official holiday arrangement the calendar does not hold (see
     * {@link CalendarCoverage}): a deadline or business time over that span is provisional.
     * Always empty for a calendar without coverage.
     */
    public ImmutableSortedSet<Integer> provisionalYears(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (coverage.isEmpty()) {
            return ImmutableSortedSet.of();
        }
        int first = index.yearOf(from.getEpochSecond());
        int last = Math.max(first, index.yearOf(to.getEpochSecond()));
        if (first == last) { // the common case, measured often: no stream, no set built
            return coverage.get().isOfficial(first) ? ImmutableSortedSet.of() : ImmutableSortedSet.of(first);
        }
        return coverage.get().provisionalYears(first, last);
    }

    /** Whether the working time of {@code date} is provisional: its year's arrangement is not loaded. */
    public boolean isProvisional(LocalDate date) {
        checkNotNull(date, "date");
        return coverage.isPresent() && !coverage.get().isOfficial(date.getYear());
    }

    /** The years with an official arrangement and the statutory holidays followed in the others, if any. */
    public Optional<CalendarCoverage> coverage() {
        return coverage;
    }

    /**
     * This calendar with {@code year}'s official arrangement: its holiday and adjusted working
     * day rules of that year are replaced by {@code arrangement} (half days and extra hours
     * of the hospital's own stay) and the year becomes official.
     *
     * @throws IllegalStateException if the calendar has no coverage
     * @throws IllegalArgumentException if a rule is not in {@code year}, or the result is
     *         inconsistent (see {@link BusinessCalendarBuilder#build()})
     */
    public BusinessCalendar withOfficialArrangement(int year, Iterable<DateRule> arrangement) {
        checkState(coverage.isPresent(), "calendar %s follows no official holiday arrangement", name);
        List<DateRule> next = new ArrayList<>();
        rules.stream().filter(rule -> rule.date().getYear() != year || rule.kind().hasPeriods()).forEach(next::add);
        for (DateRule rule : arrangement) {
            checkArgument(rule.date().getYear() == year, "%s is not in %s", rule.date(), year);
            next.add(rule);
        }
        next.sort(Comparator.comparing(DateRule::date));
        return rebuilt(next, coverage.get().withOfficial(year));
    }

    /**
     * This calendar with its provisional years completed from {@code later}: every year that
     * {@code later} holds officially, for the same statutory holidays, and this calendar does
     * not, takes {@code later}'s date rules of that year. A calendar version thus learns a
     * year's arrangement published after it took effect, and nothing else of the later
     * version. Returns this calendar when there is nothing to complete.
     */
    public BusinessCalendar completedBy(BusinessCalendar later) {
        checkNotNull(later, "later");
        if (coverage.isEmpty() || later.coverage.isEmpty()
                || !later.coverage.get().holidays().equals(coverage.get().holidays())) {
            return this;
        }
        BusinessCalendar completed = this;
        for (int year : later.coverage.get().officialYears()) {
            if (!coverage.get().isOfficial(year)) {
                completed = completed.withOfficialArrangement(year, later.rules.stream()
                        .filter(rule -> rule.date().getYear() == year && !rule.kind().hasPeriods()).toList());
            }
        }
        return completed;
    }

    private BusinessCalendar rebuilt(List<DateRule> newRules, CalendarCoverage newCoverage) {
        BusinessCalendarBuilder builder = builder(name).zone(zone).coverage(newCoverage)
                .standardWorkingDay(standardDay.toArray(new WorkingPeriod[0])).rules(newRules);
        weekly.forEach((day, periods) -> builder.weekly(day, periods.toArray(new WorkingPeriod[0])));
        return builder.build();
    }

    /** The working periods on {@code date} after applying the date rules, in local time. */
    public ImmutableList<WorkingPeriod> periodsOn(LocalDate date) {
        ImmutableList<WorkingPeriod> special = dates.get(date);
        return special != null ? special : weekly.get(date.getDayOfWeek());
    }

    public String name() {
        return name;
    }

    /** The same calendar under {@code newName}: the name it is stored and managed under, say. */
    public BusinessCalendar named(String newName) {
        checkNotNull(newName, "newName");
        checkArgument(!newName.isBlank(), "calendar name is blank");
        return newName.equals(name) ? this : new BusinessCalendar(newName, zone, weekly, standardDay, dates, rules, coverage);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The weekly pattern; a day without working time maps to an empty list. */
    public ImmutableMap<DayOfWeek, ImmutableList<WorkingPeriod>> weekly() {
        return weekly;
    }

    /** The periods of an adjusted working day ({@link DateRule.Kind#WORKDAY}). */
    public ImmutableList<WorkingPeriod> standardWorkingDay() {
        return standardDay;
    }

    /** The date rules the calendar was built with, in the order given. */
    public ImmutableList<DateRule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + zone + ", " + rules.size() + " date rules"
                + coverage.map(c -> ", official " + c.holidays().id() + " " + c.officialYears()).orElse("") + "]";
    }

    static EnumMap<DayOfWeek, ImmutableList<WorkingPeriod>> emptyWeek() {
        EnumMap<DayOfWeek, ImmutableList<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, ImmutableList.of());
        }
        return week;
    }
}
