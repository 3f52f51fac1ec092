package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inspection rounds' timer work, to run periodically on any node of a cluster: makes the
 * rounds of every active schedule falling due up to {@link InspectionSettings#ahead()} from now
 * (each round in its own transaction; a round's slot, schedule and due time, is unique, so of two
 * nodes making the same round one stores it and the other leaves it), then flags missed every
 * round not recorded by its due time plus grace (the {@code inspection-round.missed} event saved
 * with the round's version, so only one run flags it) and tells the group lead once, after that
 * run's commit. Running it again changes nothing more.
 */
public final class RoundsDue {
    private static final Logger LOG = LoggerFactory.getLogger(RoundsDue.class);
    /** The notification topic, the event type. */
    public static final String TOPIC = "inspection-round.missed";

    private final InspectionPorts ports;
    private final InspectionSettings settings;
    private final InspectionCalendars calendars;

    RoundsDue(InspectionPorts ports, InspectionSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.calendars = new InspectionCalendars(ports.calendars());
    }

    /** What one run did. */
    public record Outcome(int made, int missed) {
    }

    /** Makes what falls due and flags what was missed. */
    public Outcome run() {
        Instant now = ports.desk().clock().instant();
        List<InspectionSchedule> schedules = ports.desk().transactions().inTransaction(() -> ports.schedules().active());
        int made = 0;
        for (InspectionSchedule schedule : schedules) {
            try {
                made += makeRounds(schedule, now);
            } catch (RuntimeException e) {
                LOG.warn("could not make the rounds of inspection schedule {}", schedule.id(), e);
            }
        }
        List<InspectionRound> closed = ports.desk().transactions().inTransaction(
                () -> ports.rounds().unrecordedClosedBefore(now));
        int missed = 0;
        for (InspectionRound candidate : closed) {
            Optional<Optional<Notification>> flagged = flag(candidate.id(), now);
            if (flagged.isPresent()) {
                missed++;
                flagged.get().ifPresent(this::notifyLead);
            }
        }
        return new Outcome(made, missed);
    }

    private int makeRounds(InspectionSchedule schedule, Instant now) {
        Optional<ChecklistTemplate> template = ports.desk().transactions().inTransaction(
                () -> ports.templates().latest(schedule.template()));
        Optional<BusinessCalendar> calendar = calendars.at(schedule.calendar(), now);
        if (template.isEmpty() || calendar.isEmpty()) {
            LOG.warn("inspection schedule {} names template {} and calendar {}, which are not both stored",
                    schedule.id(), schedule.template(), schedule.calendar());
            return 0;
        }
        Instant after = ports.desk().transactions().inTransaction(() -> ports.rounds().latestDue(schedule.id()))
                .filter(latest -> latest.isAfter(schedule.since())).orElse(schedule.since());
        int made = 0;
        for (Instant due : CronSchedule.parse("cron", schedule.expression(), schedule.days())
                .dueTimes(after, now.plus(settings.ahead()), calendar.get())) {
            if (make(schedule, template.get(), due, now)) {
                made++;
            }
        }
        return made;
    }

    private boolean make(InspectionSchedule schedule, ChecklistTemplate template, Instant due, Instant now) {
        try {
            return ports.desk().transactions().inTransaction(() -> {
                RoundId id = ports.rounds().nextId();
                InspectionRound round = InspectionRound.fallDue(id, schedule.snapshot(), template, due,
                        Actor.SYSTEM_ID, now);
                ports.rounds().save(round);
                ports.desk().events().append(round.pullEvents());
                return true;
            });
        } catch (VersionConflictException e) {
            LOG.debug("the round of schedule {} due at {} was made by another run", schedule.id(), due);
            return false;
        }
    }

    /** Flags the round missed in its own transaction: empty if another run did or it was recorded; else whom to tell. */
    private Optional<Optional<Notification>> flag(RoundId id, Instant now) {
        try {
            return ports.desk().transactions().inTransaction(() -> {
                Optional<InspectionRound> found = ports.rounds().find(id);
                if (found.isEmpty() || !found.get().overdue(now)) {
                    return Optional.<Optional<Notification>>empty();
                }
                InspectionRound round = found.get();
                Optional<StaffId> lead = ports.desk().directory().group(round.group()).map(AssignmentGroup::lead);
                round.miss(lead, Actor.SYSTEM_ID, now);
                ports.rounds().save(round);
                ports.desk().events().append(round.pullEvents());
                return Optional.of(lead.map(l -> new Notification(l, TOPIC, round.id().toString(), "The inspection round "
                        + round.template() + " of " + round.group() + " due at " + round.due()
                        + " was not recorded by " + round.closes())));
            });
        } catch (VersionConflictException e) {
            LOG.info("inspection round {} was changed or flagged by another run; this one leaves it", id);
            return Optional.empty();
        }
    }

    private void notifyLead(Notification notification) {
        try {
            ports.desk().notifier().notify(notification);
        } catch (RuntimeException e) {
            LOG.warn("could not tell {} about inspection round {}", notification.recipient(), notification.reference(),
                    e);
        }
    }
}
