package org.itilhis.testkit.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.ports.release.out.ReleaseNumberSequence;

/** One counter per year; like a database sequence, a number handed out is never handed out again. */
public final class InMemoryReleaseNumberSequence implements ReleaseNumberSequence {
    private final Map<Integer, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public ReleaseNumber next(int year) {
        return ReleaseNumber.of(year, counters.computeIfAbsent(year, key -> new AtomicLong()).incrementAndGet());
    }
}
