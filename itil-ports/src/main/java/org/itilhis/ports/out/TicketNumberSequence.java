package org.itilhis.ports.out;

import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;

/**
 * Hands out human ticket numbers, {@code INC-2026-000042}: unique per type and year even
 * under concurrent callers; gaps are allowed (a rolled-back raise consumes a number).
 */
public interface TicketNumberSequence {
    TicketNumber next(TicketType type, int year);
}
