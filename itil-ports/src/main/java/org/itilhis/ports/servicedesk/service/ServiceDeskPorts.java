package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.Notifier;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.ports.servicedesk.out.OnCallPages;
import org.itilhis.ports.servicedesk.out.OnCallRoster;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.itilhis.ports.servicedesk.out.TicketRepository;

/**
 * The outbound ports the service desk runs on, handed to the services in one piece.
 *
 * @param notifier tells people without a notification preference of the ticket and SLA events
 *                 (through the relay's {@code notify:directory} subscriber, at least once) and
 *                 the other practices' notices (after their commit, at most once)
 * @param reads where the query services record every read of a ticket or contact they serve a
 *              person (ADR 0014); required, so that no wiring forgets it
 * @param onCall who is on call for a group outside office hours: the duty roster's answer, by
 *               which a new clinical-critical ticket goes to the engineer on call ({@link
 *               OnCallRoster#NONE} by default: routing by group only)
 * @param pages  the on-call pages of those tickets, which the on-call escalation passes on
 *               ({@link OnCallPages#NONE} with no roster)
 */
public record ServiceDeskPorts(TicketRepository tickets, ContactRepository contacts, TicketNumberSequence numbers,
                               EventLog events, Notifier notifier, StaffDirectory directory,
                               Transactions transactions, Clock clock, PersonalDataReads reads,
                               OnCallRoster onCall, OnCallPages pages) {
    /** The ports of a desk without on-call routing; {@link #withOnCall} adds it. */
    public ServiceDeskPorts(TicketRepository tickets, ContactRepository contacts, TicketNumberSequence numbers,
                            EventLog events, Notifier notifier, StaffDirectory directory,
                            Transactions transactions, Clock clock, PersonalDataReads reads) {
        this(tickets, contacts, numbers, events, notifier, directory, transactions, clock, reads, OnCallRoster.NONE,
                OnCallPages.NONE);
    }

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
        checkNotNull(onCall, "onCall");
        checkNotNull(pages, "pages");
    }

    /**
     * These ports with on-call routing: {@code roster} says who is on call for a group, and
     * {@code pages} (a store on the same transactions as the tickets) keeps the pages the
     * on-call escalation passes on.
     */
    public ServiceDeskPorts withOnCall(OnCallRoster roster, OnCallPages pages) {
        return new ServiceDeskPorts(tickets, contacts, numbers, events, notifier, directory, transactions, clock, reads,
                roster, pages);
    }
}
