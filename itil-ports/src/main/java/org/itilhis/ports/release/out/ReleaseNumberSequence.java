package org.itilhis.ports.release.out;

import org.itilhis.core.release.ReleaseNumber;

/**
 * Hands out release numbers, {@code REL-2026-000042}: unique per year even under concurrent
 * callers. Gaps are allowed, as for problem numbers.
 */
public interface ReleaseNumberSequence {
    ReleaseNumber next(int year);
}
