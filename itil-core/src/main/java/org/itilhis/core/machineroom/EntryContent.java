package org.itilhis.core.machineroom;

import java.time.Instant;

/** What a machine room log entry records: a visit, an environment reading or an event. */
public sealed interface EntryContent permits RoomAccess, EnvironmentReading, RoomEvent {
    /** When it happened, which orders the room's log: entering, reading, the event's start. */
    Instant at();
}
