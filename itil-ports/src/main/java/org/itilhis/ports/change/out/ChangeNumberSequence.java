package org.itilhis.ports.change.out;

import org.itilhis.core.change.ChangeNumber;

/**
 * Hands out change numbers, {@code CHG-2026-000042}: unique per year even under concurrent
 * callers. Gaps are allowed, as for ticket and problem numbers.
 */
public interface ChangeNumberSequence {
    ChangeNumber next(int year);
}
