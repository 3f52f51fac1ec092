package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * When a group's rounds of a checklist template fall due: a cron expression ({@code 0 8,20 * * *})
 * read on the {@link CalendarDays} of a business calendar, and how long after its due time a
 * round may still be recorded (the grace) before it is missed. Rounds fall due from the time the
 * schedule was defined (or last changed) on; a retired schedule makes no more rounds.
 */
public final class InspectionSchedule {
    private final ScheduleId id;
    private final GroupId group;
    private String template;
    private String expression;
    private CalendarDays days;
    private String calendar;
    private Duration grace;
    private Instant since;
    private boolean active;
    private final AggregateEvents<ScheduleEvent> events = new AggregateEvents<>();

    private InspectionSchedule(ScheduleSnapshot s) {
        this.id = s.id();
        this.group = s.group();
        apply(s.template(), s.expression(), s.days(), s.calendar(), s.grace(), s.since());
        this.active = s.active();
    }

    private void apply(String template, String expression, CalendarDays days, String calendar, Duration grace,
                       Instant since) {
        this.template = checkNotNull(template, "template");
        this.expression = checkNotNull(expression, "expression");
        this.days = checkNotNull(days, "days");
        this.calendar = checkNotNull(calendar, "calendar");
        this.grace = checkNotNull(grace, "grace");
        this.since = checkNotNull(since, "since");
        checkArgument(!grace.isNegative(), "grace %s is negative", grace);
    }

    /** A schedule of {@code group}'s rounds of {@code template}, making rounds due after {@code at}. */
    public static InspectionSchedule define(ScheduleId id, GroupId group, String template, String expression,
                                            CalendarDays days, String calendar, Duration grace, StaffId by,
                                            Instant at) {
        InspectionSchedule schedule = new InspectionSchedule(new ScheduleSnapshot(id, group, template, expression, days,
                calendar, grace, at, true, 1));
        schedule.events.created(new ScheduleEvent.Defined(id, group, template, expression, days, calendar, grace, by,
                at));
        return schedule;
    }

    public static InspectionSchedule restore(ScheduleSnapshot snapshot) {
        InspectionSchedule schedule = new InspectionSchedule(snapshot);
        schedule.events.restoredAt(snapshot.version());
        return schedule;
    }

    /**
     * Changes what and when; rounds fall due by the new rule after {@code at} (those made before stay).
     *
     * @throws ScheduleRetiredException if it is retired
     */
    public void change(String template, String expression, CalendarDays days, String calendar, Duration grace,
                       StaffId by, Instant at) {
        checkActive();
        events.recorded(new ScheduleEvent.Changed(id, template, expression, days, calendar, grace, by, at),
                e -> apply(template, expression, days, calendar, grace, at));
    }

    /**
     * Makes no more rounds; those made stay as they are.
     *
     * @throws ScheduleRetiredException if it is retired already
     */
    public void retire(StaffId by, Instant at) {
        checkActive();
        events.recorded(new ScheduleEvent.Retired(id, by, at), e -> active = false);
    }

    private void checkActive() {
        if (!active) {
            throw new ScheduleRetiredException(id);
        }
    }

    public ScheduleId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public String template() {
        return template;
    }

    public String expression() {
        return expression;
    }

    public CalendarDays days() {
        return days;
    }

    public String calendar() {
        return calendar;
    }

    public Duration grace() {
        return grace;
    }

    /** Rounds fall due after this instant: when the schedule was defined or last changed. */
    public Instant since() {
        return since;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return events.version();
    }

    public List<ScheduleEvent> pendingEvents() {
        return events.pending();
    }

    public List<ScheduleEvent> pullEvents() {
        return events.pull();
    }

    public ScheduleSnapshot snapshot() {
        return new ScheduleSnapshot(id, group, template, expression, days, calendar, grace, since, active, version());
    }
}
