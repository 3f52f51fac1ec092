package org.itilhis.core.machineroom;

/** Who took an environment reading. */
public enum ReadingSource {
    /** Read off the instrument by an engineer on their round. */
    MANUAL,
    /** Posted by a sensor integration, acting as the system. */
    SENSOR
}
