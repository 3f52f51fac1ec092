package org.itilhis.core.machineroom;

/** What happened in a machine room. */
public enum RoomEventKind {
    /** The mains supply failed; the UPS or the generator carried the room, or not. */
    POWER_CUT,
    /** A fire, water-leak, temperature or intrusion alarm went off. */
    ALARM,
    /** The standby generator was started and run under load as a test. */
    GENERATOR_TEST,
    OTHER
}
