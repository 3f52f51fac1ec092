package org.itilhis.core.availability;

/** Where an item's outage was learnt from. */
public enum OutageSource {
    /** Declared by an engineer on an incident, with its start and end. */
    DECLARED,
    /** Seen by monitoring: an alert's firing to its recovery. */
    MONITORING,
    /** Recorded as a repair's downtime. */
    REPAIR
}
