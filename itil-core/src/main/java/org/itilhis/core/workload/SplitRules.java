package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.DateRule;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.shared.Messages;
import org.itilhis.core.shared.Text;

/**
 * How worked time is split into normal, overtime and holiday time, as data the report shows:
 * <ol>
 *   <li>time on a public holiday of {@code calendar} (a {@link DateRule.Kind#HOLIDAY} date,
 *       midnight to midnight in the calendar's zone) is holiday time, whatever the shift;</li>
 *   <li>other time inside one of the engineer's rostered duties of a kind in
 *       {@code normalShifts} is normal time, whichever group the duty is for;</li>
 *   <li>the rest is overtime.</li>
 * </ol>
 * By default an on-call duty does not make its time normal: an engineer on call who comes in
 * at night works overtime (the hospital may decide otherwise by putting {@link ShiftKind#ON_CALL}
 * in {@code normalShifts}).
 */
public record SplitRules(BusinessCalendar calendar, ImmutableSet<ShiftKind> normalShifts) {
    public SplitRules {
        checkNotNull(calendar, "calendar");
        normalShifts = ImmutableSet.copyOf(checkNotNull(normalShifts, "normalShifts"));
        checkArgument(!normalShifts.isEmpty(), "no kind of shift makes time normal");
    }

    /** Under {@code calendar}, with day, evening and night duties normal and on-call duties not. */
    public static SplitRules onSite(BusinessCalendar calendar) {
        return new SplitRules(calendar, ImmutableSet.of(ShiftKind.DAY, ShiftKind.EVENING, ShiftKind.NIGHT));
    }

    public SplitRules withNormalShifts(Set<ShiftKind> kinds) {
        return new SplitRules(calendar, ImmutableSet.copyOf(kinds));
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    /** Whether {@code date} is a public holiday of the calendar. */
    public boolean isHoliday(LocalDate date) {
        return calendar.rules().stream().anyMatch(r -> r.kind() == DateRule.Kind.HOLIDAY && r.date().equals(date));
    }

    /** The calendar's holidays, for splitting many intervals. */
    public ImmutableSet<LocalDate> holidays() {
        return calendar.rules().stream().filter(r -> r.kind() == DateRule.Kind.HOLIDAY).map(DateRule::date)
                .collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Splits {@code interval} by these rules against {@code duties}, the engineer's duties (those
     * not overlapping the interval are ignored): the parts add up to the interval's length.
     */
    public TimeSplit split(WorkedInterval interval, Collection<Duty> duties) {
        return split(interval, duties, holidays());
    }

    /** As {@link #split(WorkedInterval, Collection)}, with the holidays read once for many intervals. */
    public TimeSplit split(WorkedInterval interval, Collection<Duty> duties, Set<LocalDate> holidays) {
        List<Duty> normal = duties.stream().filter(d -> normalShifts.contains(d.kind()))
                .filter(d -> d.overlaps(interval.start(), interval.end())).toList();
        TreeSet<Instant> cuts = new TreeSet<>(List.of(interval.start(), interval.end()));
        for (Duty d : normal) {
            Stream.of(d.start(), d.end()).filter(i -> i.isAfter(interval.start()) && i.isBefore(interval.end()))
                    .forEach(cuts::add);
        }
        ZoneId zone = zone();
        for (LocalDate day = LocalDate.ofInstant(interval.start(), zone);
             !day.isAfter(LocalDate.ofInstant(interval.end(), zone)); day = day.plusDays(1)) {
            Instant midnight = day.atStartOfDay(zone).toInstant();
            if (midnight.isAfter(interval.start()) && midnight.isBefore(interval.end())) {
                cuts.add(midnight);
            }
        }
        Duration inNormal = Duration.ZERO;
        Duration inOvertime = Duration.ZERO;
        Duration inHoliday = Duration.ZERO;
        Instant from = null;
        for (Instant cut : cuts) {
            if (from != null) {
                Duration part = Duration.between(from, cut);
                Instant start = from;
                if (holidays.contains(LocalDate.ofInstant(start, zone))) {
                    inHoliday = inHoliday.plus(part);
                } else if (normal.stream().anyMatch(d -> d.covers(start))) {
                    inNormal = inNormal.plus(part);
                } else {
                    inOvertime = inOvertime.plus(part);
                }
            }
            from = cut;
        }
        return new TimeSplit(inNormal, inOvertime, inHoliday);
    }

    /** The rules in words, in {@code locale}'s language (English when there is no translation). */
    public String explanation(Locale locale) {
        String kinds = normalShifts.stream().map(k -> Text.label(k).in(locale)).sorted()
                .collect(Collectors.joining(", "));
        return Messages.format("workload.split-rules", locale, calendar.name(), calendar.zone().getId(), kinds);
    }
}
