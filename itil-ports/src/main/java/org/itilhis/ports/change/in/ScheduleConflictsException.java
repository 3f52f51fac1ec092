package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Messages;

/**
 * A change may not be scheduled (or started) in its window: it runs into a blackout, overlaps
 * a change on the same or a nearby item, or takes a service down together with other changes.
 * Each conflict is listed with its reason and the path of items that explains it, in the
 * reader's language; an emergency change may go ahead with a recorded override reason instead.
 */
public final class ScheduleConflictsException extends DomainException {
    private final ChangeId id;
    private final ChangeNumber change;
    private final ImmutableList<ScheduleConflict> conflicts;
    private final ZoneId zone;

    /**
     * @param zone the hospital's zone, in which the conflicts' times are shown
     */
    public ScheduleConflictsException(ChangeId id, ChangeNumber change, List<ScheduleConflict> conflicts, ZoneId zone) {
        super("change.schedule-conflicts", change, conflicts.size(), lines(id, conflicts, zone, Locale.ENGLISH));
        checkArgument(!conflicts.isEmpty(), "no conflict");
        this.change = change;
        this.conflicts = ImmutableList.copyOf(conflicts);
        this.zone = zone;
        this.id = id;
    }

    public ChangeNumber change() {
        return change;
    }

    /** The conflicts, as the schedule found them. */
    public List<ScheduleConflict> conflicts() {
        return conflicts;
    }

    @Override
    public String messageIn(Locale locale) {
        return Messages.format(code(), locale, change, conflicts.size(), lines(id, conflicts, zone, locale));
    }

    private static String lines(ChangeId id, List<ScheduleConflict> conflicts, ZoneId zone, Locale locale) {
        return conflicts.stream().map(c -> line(id, c, zone, locale)).collect(Collectors.joining("; "));
    }

    private static String line(ChangeId id, ScheduleConflict conflict, ZoneId zone, Locale locale) {
        if (conflict instanceof ScheduleConflict.Blackout b) {
            return Messages.format("change.schedule-conflict.blackout", locale, b.window().id(), b.window().name(),
                    b.occurrence().start().withZoneSameInstant(zone).toLocalDateTime(),
                    b.occurrence().end().withZoneSameInstant(zone).toLocalDateTime(), path(b.path()));
        }
        if (conflict instanceof ScheduleConflict.NearbyChange n) {
            ScheduledChange other = n.change().id().equals(id) ? n.other() : n.change();
            return Messages.format("change.schedule-conflict.nearby", locale, other.number(),
                    other.start().atZone(zone).toLocalDateTime(), other.end().atZone(zone).toLocalDateTime(),
                    n.path().length(), path(n.path()));
        }
        ScheduleConflict.CombinedOutage o = (ScheduleConflict.CombinedOutage) conflict;
        String others = o.changes().stream().filter(c -> !c.id().equals(id)).map(c -> c.number().toString())
                .collect(Collectors.joining(", "));
        String services = o.services().stream().map(s -> s.service() + " " + s.paths().values().stream()
                .map(ScheduleConflictsException::path).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining(", "));
        return Messages.format("change.schedule-conflict.combined-outage", locale, others,
                o.from().atZone(zone).toLocalDateTime(), o.to().atZone(zone).toLocalDateTime(), services);
    }

    private static String path(CiPath path) {
        return path.cis().stream().map(Object::toString).collect(Collectors.joining(" -> "));
    }
}
