package org.itilhis.ports.out;

import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;

/**
 * Hands out human ticket numbers, {@code INC-2026-000042}: unique per type and year even
 * under concurrent callers. Gaps are allowed: whether a rolled-back raise consumes its number
 * is the adapter's choice (the JDBC adapter's gives it back, ADR 0008).
 */
public interface TicketNumberSequence {
    TicketNumber next(TicketType type, int year);
}
