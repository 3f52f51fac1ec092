package org.itilhis.adapters.rest.change;

import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ForwardScheduleJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.ScheduleEntryJson;
import org.itilhis.adapters.rest.change.ChangeScheduleJson.WindowOccurrenceJson;
import org.itilhis.adapters.rest.problemdetails.ScheduleConflictJson;

/**
 * The forward schedule as an iCalendar feed (RFC 5545) that the hospital's calendar clients
 * subscribe to, written with ical4j: one VEVENT per scheduled change (UID from the change id, so
 * a moved change moves in the subscribers' calendars; SUMMARY its number and summary;
 * DESCRIPTION the items it touches and its conflicts) and one per blackout or maintenance
 * occurrence (UID from the window and the start). Times are UTC.
 */
final class ChangeCalendar {
    static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//itilhis//Change schedule//EN";
    private static final String DOMAIN = "@itilhis";

    private ChangeCalendar() {
    }

    static String of(ForwardScheduleJson schedule) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        for (ScheduleEntryJson entry : schedule.changes()) {
            String summary = entry.change().number() + (entry.summary() == null ? "" : " " + entry.summary());
            VEvent event = new VEvent(entry.change().start(), entry.change().end(), summary);
            event.add(new Uid("change-" + entry.change().id() + DOMAIN));
            event.add(new Categories("CHANGE"));
            event.add(new Description(description(entry)));
            calendar.add(event);
        }
        occurrences(calendar, schedule.blackouts());
        occurrences(calendar, schedule.maintenance());
        return calendar.toString();
    }

    private static void occurrences(Calendar calendar, List<WindowOccurrenceJson> occurrences) {
        for (WindowOccurrenceJson occurrence : occurrences) {
            VEvent event = new VEvent(occurrence.start(), occurrence.end(),
                    occurrence.kind() + ": " + occurrence.name());
            event.add(new Uid("window-" + occurrence.window() + "-" + occurrence.start().getEpochSecond() + DOMAIN));
            event.add(new Categories(occurrence.kind().name()));
            event.add(new Description("Items: " + String.join(", ", occurrence.attachedTo())));
            calendar.add(event);
        }
    }

    private static String description(ScheduleEntryJson entry) {
        StringBuilder text = new StringBuilder("Touched items: ").append(String.join(", ", entry.change().touchedCis()));
        if (entry.change().takesTouchedDown()) {
            text.append("\nTakes the touched items down.");
        }
        for (ScheduleConflictJson conflict : entry.conflicts()) {
            text.append("\nConflict ").append(conflict.kind()).append(" with ")
                    .append(conflict.changes().stream().map(c -> c.number())
                            .filter(n -> !n.equals(entry.change().number())).collect(Collectors.joining(", ")));
            if (conflict.windowName() != null) {
                text.append(" blackout ").append(conflict.windowName());
            }
            if (conflict.services() != null) {
                text.append(" services ").append(String.join(", ", conflict.services()));
            }
            if (conflict.path() != null) {
                text.append(" path ").append(String.join(" -> ", conflict.path()));
            }
        }
        return text.toString();
    }
}
