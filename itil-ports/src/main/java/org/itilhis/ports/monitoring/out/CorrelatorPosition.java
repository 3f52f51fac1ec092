package org.itilhis.ports.monitoring.out;

/**
 * The alert correlator's durable place in the {@link AlertLog}: the position of the last alert
 * it correlated. Moved only forward and only by compare-and-set, in the transaction that
 * correlated the alerts up to it, so that of two nodes running the correlator at once exactly
 * one commits a batch and the other's work rolls back: every alert is correlated once.
 * {@code org.itilhis.testkit.contract.CorrelatorPositionContract} checks an implementation.
 */
public interface CorrelatorPosition {
    /** The position of the last correlated alert; 0 before the first. */
    long position();

    /**
     * Moves the position from {@code from} to {@code to}; false (and nothing changed) when it
     * is not at {@code from}, because another node moved it.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    boolean advance(long from, long to);
}
