package org.itilhis.ports.knowledge.out;

import org.itilhis.core.knowledge.ArticleNumber;

/**
 * Hands out article numbers, {@code KB-2026-000042}: unique per year even under concurrent
 * callers. Gaps are allowed, as for problem and ticket numbers.
 */
public interface ArticleNumberSequence {
    ArticleNumber next(int year);
}
