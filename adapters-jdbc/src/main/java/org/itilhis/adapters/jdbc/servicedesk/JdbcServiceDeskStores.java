package org.itilhis.adapters.jdbc.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The service desk's registration in a JDBC storage: its stores (tickets, contacts, ticket
 * numbers, and the on-call pages of clinical-critical tickets), built from the parts every
 * practice shares. {@code JdbcServiceDeskStorage} holds one registration object per practice.
 */
public final class JdbcServiceDeskStores {
    private final JdbcTicketRepository tickets;
    private final JdbcContactRepository contacts;
    private final JdbcTicketNumberSequence numbers;
    private final JdbcOnCallPages onCallPages;

    public JdbcServiceDeskStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.tickets = new JdbcTicketRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.contacts = new JdbcContactRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.numbers = new JdbcTicketNumberSequence(parts.transactions(), parts.dialect());
        this.onCallPages = new JdbcOnCallPages(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcTicketRepository tickets() {
        return tickets;
    }

    public JdbcContactRepository contacts() {
        return contacts;
    }

    public JdbcTicketNumberSequence numbers() {
        return numbers;
    }

    /** The on-call pages of clinical-critical tickets, for {@code ServiceDeskPorts.withOnCall}. */
    public JdbcOnCallPages onCallPages() {
        return onCallPages;
    }
}
