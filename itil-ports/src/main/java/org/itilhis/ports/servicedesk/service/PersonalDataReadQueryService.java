package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.servicedesk.in.PersonalDataReadQueries;

/**
 * Answers the privacy officer from {@link ServiceDeskPorts#reads()}, after checking
 * VIEW_PERSONAL_DATA_READS; a ticket number is looked up for its id without reading the ticket
 * for anyone.
 */
public final class PersonalDataReadQueryService implements PersonalDataReadQueries {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;

    public PersonalDataReadQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public List<PersonalDataReads.Recorded> reads(Actor actor, ReadAuditQuery query) {
        checkNotNull(query, "query");
        settings.access().check(checkNotNull(actor, "actor"), Permission.VIEW_PERSONAL_DATA_READS,
                AccessContext.general(List.of()), "the personal-data read log");
        if (query.record().isEmpty()) {
            return ports.reads().find(query);
        }
        Optional<String> id = recordId(query.record().get());
        return id.isEmpty() ? List.of() : ports.reads().find(query.ofRecord(id.get()));
    }

    /** The record's id: a ticket number's ticket (none if there is no such ticket), else the text as given. */
    private Optional<String> recordId(String record) {
        TicketNumber number;
        try {
            number = TicketNumber.parse(record);
        } catch (IllegalArgumentException notANumber) {
            return Optional.of(record.strip());
        }
        return ports.tickets().findByNumber(number).map(ticket -> ticket.id().toString());
    }
}
