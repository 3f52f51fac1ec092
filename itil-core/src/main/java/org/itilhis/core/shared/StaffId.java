package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A member of staff: a clinical reporter, an engineer, a manager. The value is the hospital's own staff number (from the HIS or the directory).
 *
 * <p>Stripped of surrounding blanks; never blank; at most 64 characters.
 */
public record StaffId(String value) {
    public StaffId {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "StaffId is blank");
        checkArgument(value.length() <= 64, "StaffId is longer than 64 characters: %s", value);
    }

    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
