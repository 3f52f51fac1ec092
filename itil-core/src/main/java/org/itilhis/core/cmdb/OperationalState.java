package org.itilhis.core.cmdb;

/**
 * Whether a configuration item currently does its job. Constants are ordered from best to
 * worst, so impact only ever moves a state towards {@link #DOWN}.
 */
public enum OperationalState {
    OPERATIONAL,
    /** Working with reduced capacity or resilience, such as a cluster with one member lost. */
    DEGRADED,
    DOWN;

    /** The worse of the two states. */
    public OperationalState worst(OperationalState other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
