package org.itilhis.ports.servicedesk.service;

import jakarta.validation.Validator;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;

/**
 * The service desk wired by hand: give it the outbound ports, the hospital's settings and
 * a Jakarta {@link Validator}, and take the use cases it implements.
 */
public final class ServiceDesk {
    private final ContactService contacts;
    private final TicketService tickets;
    private final TicketQueryService queries;
    private final ContactQueryService contactQueries;
    private final QuietPeriodClosure closure;

    private ServiceDesk(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        this.contacts = new ContactService(ports, settings, validator);
        this.tickets = new TicketService(ports, settings, validator);
        this.queries = new TicketQueryService(ports, settings);
        this.contactQueries = new ContactQueryService(ports, settings);
        this.closure = new QuietPeriodClosure(ports, settings, tickets);
    }

    public static ServiceDesk create(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        return new ServiceDesk(ports, settings, validator);
    }

    /** Contacts and their outcomes. */
    public ServiceDeskUseCase desk() {
        return contacts;
    }

    /** Every step of a ticket's lifecycle. */
    public TicketWorkUseCase tickets() {
        return tickets;
    }

    public TicketQueries queries() {
        return queries;
    }

    /** Reading contacts. */
    public ContactQueries contactQueries() {
        return contactQueries;
    }

    /** Automatic closure after the quiet period, for the embedding application's scheduler. */
    public QuietPeriodClosure quietPeriodClosure() {
        return closure;
    }
}
