package org.itilhis.ports.operations.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;

/**
 * Fault incidents as a list of reports: the first report of a fault "raises" an incident
 * numbered in order, the next ones add to it.
 */
final class RecordingFaultIncidents implements FaultIncidents {
    final List<ReportFault> reports = new ArrayList<>();
    private final Map<String, FaultIncident> open = new HashMap<>();

    @Override
    public synchronized FaultIncident report(ReportFault command) {
        reports.add(command);
        String key = command.source() + "/" + command.fault();
        FaultIncident standing = open.get(key);
        if (standing != null) {
            return new FaultIncident(standing.ticket(), standing.number(), false);
        }
        FaultIncident raised = new FaultIncident(TicketId.parse("00000000-0000-0000-0000-" + String.format("%012d",
                open.size() + 1)), "INC-2026-" + String.format("%06d", open.size() + 1), true);
        open.put(key, raised);
        return raised;
    }

    @Override
    public synchronized Optional<FaultIncident> openIncident(String source, String fault) {
        return Optional.ofNullable(open.get(source + "/" + fault));
    }
}
