package org.itilhis.testkit.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;

/**
 * One counter per ticket type and year. Like a database sequence, a number handed out is
 * never handed out again, even if the transaction that took it rolls back.
 */
public final class InMemoryTicketNumberSequence implements TicketNumberSequence {
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public TicketNumber next(TicketType type, int year) {
        long sequence = counters.computeIfAbsent(type.prefix() + year, key -> new AtomicLong()).incrementAndGet();
        return TicketNumber.of(type, year, sequence);
    }
}
