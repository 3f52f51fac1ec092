package org.itilhis.ports.servicelevel.service;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.MissingArrangement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the official holiday arrangements the stored calendars lack for this year, or for
 * the next one from 60 days before it starts, judged by each calendar's latest version on
 * the date of the calendar's own zone, and logs each one as a warning once a day per node,
 * so that someone loads the year's notice before deadlines go wrong.
 *
 * <p>The answer is kept for a minute of the same day (the public health endpoint asks it on
 * every probe, the monitor every run) and dropped at once when this node changes a calendar;
 * a change made on another node shows within the minute.
 */
final class CalendarCoverageCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageCheck.class);
    private static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final ServiceLevelPorts ports;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private volatile Answer kept;

    /** What was found, and when. */
    private record Answer(Instant foundAt, LocalDate day, List<MissingArrangement> missing) {
    }

    CalendarCoverageCheck(ServiceLevelPorts ports) {
        this.ports = ports;
    }

    /** Drops the kept answer: a calendar has just changed. */
    void calendarsChanged() {
        kept = null;
    }

    /** The missing arrangements now, warned about in the log once a day. */
    List<MissingArrangement> missing() {
        Instant now = ports.desk().clock().instant();
        LocalDate today = now.atZone(BusinessCalendar.SHANGHAI).toLocalDate();
        Answer answer = kept;
        if (answer == null || !answer.day().equals(today) || !now.isBefore(answer.foundAt().plus(KEPT_FOR))
                || now.isBefore(answer.foundAt())) {
            answer = new Answer(now, today, ports.desk().transactions().inTransaction(this::find));
            kept = answer;
        }
        List<MissingArrangement> missing = answer.missing();
        for (MissingArrangement m : missing) {
            if (logged.add(m.calendar() + "/" + m.year() + "/" + today)) {
                LOG.warn("calendar {}: {}; deadlines and business times over {} are provisional until its notice "
                        + "is loaded", m.calendar(), m.messageIn(Locale.ENGLISH), m.year());
            }
        }
        return missing;
    }

    private List<MissingArrangement> find() {
        ImmutableList.Builder<MissingArrangement> missing = ImmutableList.builder();
        for (String name : ports.configuration().calendarNames()) {
            BusinessCalendar latest = ports.configuration().calendar(name).orElseThrow().versions().lastEntry()
                    .getValue();
            latest.coverage().ifPresent(coverage -> {
                LocalDate today = LocalDate.now(ports.desk().clock().withZone(latest.zone()));
                coverage.missingYears(today).forEach(year ->
                        missing.add(new MissingArrangement(name, coverage.holidays(), year)));
            });
        }
        return missing.build();
    }
}
