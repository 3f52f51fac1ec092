package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of an inspection schedule, from its repository's {@code nextId()}. */
public record ScheduleId(UUID value) {
    public ScheduleId {
        checkNotNull(value, "value");
    }

    public static ScheduleId parse(String text) {
        return new ScheduleId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
