package org.itilhis.testkit.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.ports.problem.out.ProblemNumberSequence;

/** One counter per year; like a database sequence, a number handed out is never handed out again. */
public final class InMemoryProblemNumberSequence implements ProblemNumberSequence {
    private final Map<Integer, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public ProblemNumber next(int year) {
        return ProblemNumber.of(year, counters.computeIfAbsent(year, key -> new AtomicLong()).incrementAndGet());
    }
}
