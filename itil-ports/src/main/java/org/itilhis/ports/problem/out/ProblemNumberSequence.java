package org.itilhis.ports.problem.out;

import org.itilhis.core.problem.ProblemNumber;

/**
 * Hands out problem numbers, {@code PRB-2026-000042}: unique per year even under concurrent
 * callers. Gaps are allowed, as for ticket numbers ({@code TicketNumberSequence}).
 */
public interface ProblemNumberSequence {
    ProblemNumber next(int year);
}
