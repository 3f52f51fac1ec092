package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** The identity of a blackout or maintenance window, such as {@code his-outpatient-peak}. */
public record ChangeWindowId(String value) {
    public ChangeWindowId {
        checkNotNull(value, "value");
        checkArgument(!value.isBlank(), "a change window id is blank");
        value = value.strip();
    }

    public static ChangeWindowId of(String value) {
        return new ChangeWindowId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
