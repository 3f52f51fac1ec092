package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import org.itilhis.ports.out.ContactRepository;
import org.itilhis.ports.out.EventLog;
import org.itilhis.ports.out.Notifier;
import org.itilhis.ports.out.StaffDirectory;
import org.itilhis.ports.out.TicketNumberSequence;
import org.itilhis.ports.out.TicketRepository;
import org.itilhis.ports.out.Transactions;

/** The outbound ports the service desk runs on, handed to the services in one piece. */
public record ServiceDeskPorts(TicketRepository tickets, ContactRepository contacts, TicketNumberSequence numbers,
                               EventLog events, Notifier notifier, StaffDirectory directory,
                               Transactions transactions, Clock clock) {
    public ServiceDeskPorts {
        checkNotNull(tickets, "tickets");
        checkNotNull(contacts, "contacts");
        checkNotNull(numbers, "numbers");
        checkNotNull(events, "events");
        checkNotNull(notifier, "notifier");
        checkNotNull(directory, "directory");
        checkNotNull(transactions, "transactions");
        checkNotNull(clock, "clock");
    }
}
