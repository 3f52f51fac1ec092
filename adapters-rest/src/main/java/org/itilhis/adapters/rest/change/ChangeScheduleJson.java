package org.itilhis.adapters.rest.change;

import java.time.Instant;
import java.util.List;
import org.itilhis.adapters.rest.problemdetails.ScheduleConflictJson;
import org.itilhis.adapters.rest.problemdetails.ScheduleConflictJson.ScheduledChangeJson;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.change.schedule.WindowOccurrence;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.change.in.PossiblyCausedIncident;
import org.itilhis.ports.change.in.ScheduleCheckResult;

/** The forward schedule of changes, a dry-run check of a window, and the incidents a change possibly caused. */
public final class ChangeScheduleJson {
    private ChangeScheduleJson() {
    }

    /**
     * The forward schedule from {@code from} to {@code to} (exclusive): the scheduled and
     * implementing changes, each with every conflict it is part of, and the occurrences of the
     * blackout and maintenance windows.
     */
    public record ForwardScheduleJson(Instant from, Instant to, List<ScheduleEntryJson> changes,
                                      List<WindowOccurrenceJson> blackouts, List<WindowOccurrenceJson> maintenance) {
    }

    /** One change in the schedule; {@code summary} only for a reader who may see the change. */
    public record ScheduleEntryJson(ScheduledChangeJson change, String summary, List<ScheduleConflictJson> conflicts) {
    }

    /** One occurrence of a window. */
    public record WindowOccurrenceJson(String window, String name, WindowKind kind, List<String> attachedTo,
                                       Instant start, Instant end) {
        static WindowOccurrenceJson of(WindowOccurrence occurrence) {
            return new WindowOccurrenceJson(occurrence.window().id().value(), occurrence.window().name(),
                    occurrence.window().kind(), occurrence.window().attachedTo().stream()
                    .map(ci -> ci.value().toString()).sorted().toList(), occurrence.start().toInstant(),
                    occurrence.end().toInstant());
        }
    }

    /**
     * {@code POST /change-schedule/check}: a window to try, for an existing change ({@code
     * change}, by id: its items and outage) or one not raised yet ({@code touchedCis}, {@code outage}).
     */
    public record ProposedScheduleJson(String change, List<String> touchedCis, String windowStart, String windowEnd,
                                       ExpectedOutage.Kind outage) {
    }

    /** What the schedule says of a proposed window: clear, or the conflicts; and the maintenance windows it lies in. */
    public record ScheduleCheckJson(ScheduledChangeJson candidate, boolean clear, List<ScheduleConflictJson> conflicts,
                                    List<WindowOccurrenceJson> maintenanceWindows) {
        static ScheduleCheckJson of(ScheduleCheckResult result) {
            return new ScheduleCheckJson(ScheduledChangeJson.of(result.candidate()), result.isClear(),
                    result.conflicts().stream().map(ScheduleConflictJson::of).toList(),
                    result.maintenanceWindows().stream().map(WindowOccurrenceJson::of).toList());
        }
    }

    /** The incidents possibly caused by a change, oldest first. */
    public record PossiblyCausedIncidentsJson(List<PossiblyCausedIncidentJson> items) {
        static PossiblyCausedIncidentsJson of(List<PossiblyCausedIncident> incidents) {
            return new PossiblyCausedIncidentsJson(incidents.stream().map(i -> new PossiblyCausedIncidentJson(
                    i.incident().value().toString(), i.number().toString(), i.summary(), i.status(), i.raisedAt(),
                    i.on().stream().map(ci -> ci.value().toString()).sorted().toList(), i.linkedAsCaused()))
                    .toList());
        }
    }

    /** An incident raised on a touched item during the window or soon after. */
    public record PossiblyCausedIncidentJson(String incident, String number, String summary, TicketStatus status,
                                             Instant raisedAt, List<String> on, boolean linkedAsCaused) {
    }
}
