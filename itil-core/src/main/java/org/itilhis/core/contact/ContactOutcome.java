package org.itilhis.core.contact;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/** How a contact ended, or that it has not ended yet. */
public sealed interface ContactOutcome {
    ContactStatus status();

    record Pending() implements ContactOutcome {
        @Override
        public ContactStatus status() {
            return ContactStatus.OPEN;
        }
    }

    record ResolvedAtFirstContact(Resolution resolution) implements ContactOutcome {
        public ResolvedAtFirstContact {
            checkNotNull(resolution, "resolution");
        }

        @Override
        public ContactStatus status() {
            return ContactStatus.RESOLVED_AT_FIRST_CONTACT;
        }
    }

    record RaisedAsTicket(TicketId ticketId, TicketNumber ticketNumber) implements ContactOutcome {
        public RaisedAsTicket {
            checkNotNull(ticketId, "ticketId");
            checkNotNull(ticketNumber, "ticketNumber");
        }

        @Override
        public ContactStatus status() {
            return ContactStatus.RAISED_AS_TICKET;
        }
    }

    record LinkedToTicket(TicketId ticketId, TicketNumber ticketNumber) implements ContactOutcome {
        public LinkedToTicket {
            checkNotNull(ticketId, "ticketId");
            checkNotNull(ticketNumber, "ticketNumber");
        }

        @Override
        public ContactStatus status() {
            return ContactStatus.LINKED_TO_TICKET;
        }
    }
}
