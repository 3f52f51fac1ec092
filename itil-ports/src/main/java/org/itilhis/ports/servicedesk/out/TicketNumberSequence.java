package org.itilhis.ports.servicedesk.out;

import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;

/**
 * Hands out human ticket numbers, {@code INC-2026-000042}: unique per type and year even
 * under concurrent callers. Gaps are allowed: whether a rolled-back raise consumes its number
 * is the adapter's choice (the JDBC adapter's does not give it back: its numbers come from
 * a database sequence, ADR 0010).
 */
public interface TicketNumberSequence {
    TicketNumber next(TicketType type, int year);
}
