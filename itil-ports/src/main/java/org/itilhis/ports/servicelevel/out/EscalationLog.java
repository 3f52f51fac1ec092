package org.itilhis.ports.servicelevel.out;

import org.itilhis.core.sla.ThresholdCrossed;

/**
 * Remembers which escalations were recorded, so each happens exactly once: called inside
 * the transaction that appends the escalation event, it refuses a second record with the
 * same {@link ThresholdCrossed#key() key}, also when another application node recorded
 * it concurrently (adapters use a unique key, not a prior read).
 */
public interface EscalationLog {
    /** Records the escalation; {@code false}, changing nothing, if its key was recorded before. */
    boolean record(ThresholdCrossed escalation);
}
