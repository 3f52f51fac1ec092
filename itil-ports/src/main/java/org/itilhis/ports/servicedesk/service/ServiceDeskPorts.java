package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.Notifier;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.itilhis.ports.servicedesk.out.TicketRepository;

/**
 * The outbound ports the service desk runs on, handed to the services in one piece.
 *
 * @param reads where the query services record every read of a ticket or contact they serve a
 *              person (ADR 0014); required, so that no wiring forgets it
 */
public record ServiceDeskPorts(TicketRepository tickets, ContactRepository contacts, TicketNumberSequence numbers,
                               EventLog events, Notifier notifier, StaffDirectory directory,
                               Transactions transactions, Clock clock, PersonalDataReads reads) {
    public ServiceDeskPorts {
        checkNotNull(tickets, "tickets");
        checkNotNull(contacts, "contacts");
        checkNotNull(numbers, "numbers");
        checkNotNull(events, "events");
        checkNotNull(notifier, "notifier");
        checkNotNull(directory, "directory");
        checkNotNull(transactions, "transactions");
        checkNotNull(clock, "clock");
        checkNotNull(reads, "reads");
    }
}
