package org.itilhis.ports.servicedesk.service;

import jakarta.validation.Validator;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.PersonalDataReadQueries;
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
    private final TicketQueryService composedQueries;
    private final PersonalDataReadQueryService personalDataReads;
    private final ContactQueryService contactQueries;
    private final QuietPeriodClosure closure;
    private final OnCallEscalation onCallEscalation;

    private ServiceDesk(ServiceDeskPorts ports, ServiceDeskSettings settings, Validator validator) {
        this.contacts = new ContactService(ports, settings, validator);
        this.tickets = new TicketService(ports, settings, validator);
        this.queries = new TicketQueryService(ports, settings);
        this.composedQueries = new TicketQueryService(ports, settings, ReadRecorder.NONE);
        this.personalDataReads = new PersonalDataReadQueryService(ports, settings);
        this.contactQueries = new ContactQueryService(ports, settings);
        this.closure = new QuietPeriodClosure(ports, settings, tickets);
        this.onCallEscalation = new OnCallEscalation(ports);
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

    /** Reading tickets; every ticket shown is recorded as a read of personal data (ADR 0014). */
    public TicketQueries queries() {
        return queries;
    }

    /**
     * The same reads, not recorded: for another practice's command that reads, inside its own
     * transaction, the ticket it acts on and answers its actor with what they just wrote
     * ({@code CmdbService.raiseAgainst}), so that a command neither records reads in its
     * transaction nor counts a creator's own answer as a read (ADR 0014). Never serve a person's
     * read with it.
     */
    public TicketQueries composedQueries() {
        return composedQueries;
    }

    /** The privacy officer's query of the reads recorded. */
    public PersonalDataReadQueries personalDataReads() {
        return personalDataReads;
    }

    /** Reading contacts. */
    public ContactQueries contactQueries() {
        return contactQueries;
    }

    /** Automatic closure after the quiet period, for the embedding application's scheduler. */
    public QuietPeriodClosure quietPeriodClosure() {
        return closure;
    }

    /**
     * Passes on the clinical-critical tickets the engineer on call has not accepted in time,
     * for the embedding application's cluster-safe scheduler, next to the SLA monitor.
     */
    public OnCallEscalation onCallEscalation() {
        return onCallEscalation;
    }
}
