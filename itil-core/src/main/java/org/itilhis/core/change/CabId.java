package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** The identity of a change advisory board: a short kebab-case code such as {@code cab} or {@code ecab}. */
public record CabId(String value) {
    public CabId {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(value.matches("[a-z][a-z0-9]*(?:-[a-z0-9]+)*"), "board id %s is not kebab-case", value);
    }

    public static CabId of(String value) {
        return new CabId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
