package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A version of software as people write it, such as {@code HIS 5.3.2} for a release or
 * {@code 5.3.2-build.118} for what runs on one configuration item. Free text on purpose:
 * vendors number their products in many ways, and the CMDB keeps the same text in the
 * item's software version attribute. Stripped; never blank; at most 64 characters.
 */
public record SoftwareVersion(String value) {
    public static final int MAX_LENGTH = 64;

    public SoftwareVersion {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "software version is blank");
        checkArgument(value.length() <= MAX_LENGTH, "software version is longer than %s characters: %s",
                MAX_LENGTH, value);
    }

    public static SoftwareVersion of(String value) {
        return new SoftwareVersion(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
