package org.itilhis.testkit.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;

/** One counter per year; like a database sequence, a number handed out is never handed out again. */
public final class InMemoryArticleNumberSequence implements ArticleNumberSequence {
    private final Map<Integer, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public ArticleNumber next(int year) {
        return ArticleNumber.of(year, counters.computeIfAbsent(year, key -> new AtomicLong()).incrementAndGet());
    }
}
