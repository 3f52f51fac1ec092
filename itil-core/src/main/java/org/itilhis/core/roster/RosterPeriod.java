package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * The dates a roster covers, both included: a month or a quarter, say; at most 366 days.
 * A duty belongs to the date its shift starts on.
 */
public record RosterPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public RosterPeriod {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(!to.isBefore(from), "period ends on %s, before it starts on %s", to, from);
        checkArgument(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "period %s to %s is longer than %s days", from, to,
                MAX_DAYS);
    }

    public static RosterPeriod of(LocalDate from, LocalDate to) {
        return new RosterPeriod(from, to);
    }

    public static RosterPeriod month(YearMonth month) {
        return new RosterPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(RosterPeriod other) {
        return !other.to.isBefore(from) && !to.isBefore(other.from);
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
