package org.itilhis.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The arithmetic behind {@link BusinessCalendar}: for each calendar year (in the calendar's
 * zone) a sorted array of disjoint working intervals as epoch seconds, with the running
 * total of business seconds at each interval's end. Both operations are a binary search
 * within a year plus one step per whole year crossed, so their cost does not grow with the
 * length of a span inside a year and only by a few additions per year beyond it.
 *
 * <p>Years are built lazily, on first use, from the weekly pattern and the date rules, and
 * kept; there is therefore no end to the range a calendar covers (years past the last
 * published arrangement simply follow the weekly pattern).
 */
final class WorkingTimeIndex {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Function<LocalDate, List<WorkingPeriod>> schedule;
    private final ConcurrentHashMap<Integer, YearIntervals> years = new ConcurrentHashMap<>();

    WorkingTimeIndex(ZoneId zone, Function<LocalDate, List<WorkingPeriod>> schedule) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.schedule = schedule;
    }

    /** See {@link BusinessCalendar#deadline}; seconds is not negative. */
    long deadline(long start, long seconds) {
        int year = yearOf(start);
        if (seconds == 0) {
            return nextWorkingSecond(start, year);
        }
        YearIntervals intervals = year(year);
        long target = intervals.businessSecondsBefore(start) + seconds;
        while (target > intervals.total()) {
            target -= intervals.total();
            intervals = year(++year);
        }
        return intervals.instantReaching(target);
    }

    /** See {@link BusinessCalendar#businessTimeBetween}, in seconds. */
    long secondsBetween(long from, long to) {
        if (to <= from) {
            return 0;
        }
        int firstYear = yearOf(from);
        int lastYear = yearOf(to);
        YearIntervals first = year(firstYear);
        if (firstYear == lastYear) {
            return first.businessSecondsBefore(to) - first.businessSecondsBefore(from);
        }
        long seconds = first.total() - first.businessSecondsBefore(from);
        for (int year = firstYear + 1; year < lastYear; year++) {
            seconds += year(year).total();
        }
        return seconds + year(lastYear).businessSecondsBefore(to);
    }

    private long nextWorkingSecond(long instant, int year) {
        long next = year(year).firstWorkingSecondFrom(instant);
        while (next == YearIntervals.NONE) {
            next = year(++year).firstWorkingSecondFrom(instant);
        }
        return next;
    }

    /** The calendar year, in the zone, of the instant {@code epochSecond}. */
    int yearOf(long epochSecond) {
        int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY)).getYear();
    }

    YearIntervals year(int year) {
        YearIntervals cached = years.get(year);
        return cached != null ? cached : years.computeIfAbsent(year, this::build);
    }

    /**
     * Turns each date's local periods into instants. Local times in a daylight-saving gap
     * move forward by the gap, in an overlap take the earlier offset; a period that thereby
     * starts before the previous one ends is clipped, and one left empty is dropped, so
     * the intervals stay sorted and disjoint. Touching intervals are merged.
     */
    private YearIntervals build(int year) {
        IntervalsBuilder builder = new IntervalsBuilder();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            for (WorkingPeriod period : schedule.apply(date)) {
                builder.add(epochSecond(date, period.startSecond()), epochSecond(date, period.endSecond()));
            }
        }
        return builder.build();
    }

    private long epochSecond(LocalDate date, int secondOfDay) {
        if (secondOfDay == SECONDS_PER_DAY) {
            return date.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return ZonedDateTime.of(date.atStartOfDay().plusSeconds(secondOfDay), zone).toEpochSecond();
    }

    /** Collects intervals in order, clipping and merging as {@link #build} describes. */
    private static final class IntervalsBuilder {
        private long[] starts = new long[512];
        private long[] ends = new long[512];
        private int size;

        void add(long start, long end) {
            long clipped = size > 0 ? Math.max(start, ends[size - 1]) : start;
            if (end <= clipped) {
                return;
            }
            if (size > 0 && clipped == ends[size - 1]) {
                ends[size - 1] = end;
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = clipped;
            ends[size++] = end;
        }

        YearIntervals build() {
            return new YearIntervals(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
        }
    }
}
