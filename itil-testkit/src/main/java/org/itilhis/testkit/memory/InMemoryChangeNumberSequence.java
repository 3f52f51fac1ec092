package org.itilhis.testkit.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.ports.change.out.ChangeNumberSequence;

/** One counter per year; like a database sequence, a number handed out is never handed out again. */
public final class InMemoryChangeNumberSequence implements ChangeNumberSequence {
    private final Map<Integer, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public ChangeNumber next(int year) {
        return ChangeNumber.of(year, counters.computeIfAbsent(year, key -> new AtomicLong()).incrementAndGet());
    }
}
