package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A clinical or administrative department of the hospital (outpatient registration, radiology, ward 5 east).
 *
 * <p>Stripped of surrounding blanks; never blank; at most 64 characters.
 */
public record DepartmentId(String value) {
    public DepartmentId {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "DepartmentId is blank");
        checkArgument(value.length() <= 64, "DepartmentId is longer than 64 characters: %s", value);
    }

    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
