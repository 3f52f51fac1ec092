package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A place in the hospital: a building, floor, room or bed area, as the hospital codes it.
 *
 * <p>Stripped of surrounding blanks; never blank; at most 64 characters.
 */
public record LocationId(String value) {
    public LocationId {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "LocationId is blank");
        checkArgument(value.length() <= 64, "LocationId is longer than 64 characters: %s", value);
    }

    public static LocationId of(String value) {
        return new LocationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
