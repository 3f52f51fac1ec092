package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataRead.RecordKind;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Records what a query service is about to show a person ({@code ports.common.PersonalDataReads},
 * ADR 0014): one batch per answer, in a short transaction of its own, before the answer is
 * returned. A failure to record is thrown on, so that a read that cannot be recorded is not
 * served (fail closed). Reads by {@link Actor#system()} show nothing to a person and are not
 * recorded; {@link #NONE} records nothing, for reads composed into another practice's command.
 */
final class ReadRecorder {
    static final ReadRecorder NONE = new ReadRecorder(null);

    private final ServiceDeskPorts ports;

    private ReadRecorder(ServiceDeskPorts ports) {
        this.ports = ports;
    }

    static ReadRecorder of(ServiceDeskPorts ports) {
        return new ReadRecorder(checkNotNull(ports, "ports"));
    }

    /** Records {@code actor}'s read of each ticket shown, then returns them. */
    List<TicketView> tickets(Actor actor, String purpose, List<TicketView> shown) {
        record(actor, RecordKind.TICKET, purpose, shown.stream().map(view -> view.id().toString()).toList());
        return shown;
    }

    TicketView ticket(Actor actor, String purpose, TicketView shown) {
        record(actor, RecordKind.TICKET, purpose, List.of(shown.id().toString()));
        return shown;
    }

    void record(Actor actor, RecordKind kind, String purpose, List<String> ids) {
        if (ports == null || ids.isEmpty() || actor.has(Role.SYSTEM)) {
            return;
        }
        Instant at = ports.clock().instant();
        List<PersonalDataRead> reads = ids.stream().map(id -> PersonalDataRead.of(at, actor, kind, id, purpose)).toList();
        ports.transactions().inTransaction(() -> {
            ports.reads().record(reads);
            return null;
        });
    }
}
