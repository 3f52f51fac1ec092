package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An assignment group: a team of engineers with one speciality (desktop support, network, HIS application support), the unit that owns tickets.
 *
 * <p>Stripped of surrounding blanks; never blank; at most 64 characters.
 */
public record GroupId(String value) {
    public GroupId {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "GroupId is blank");
        checkArgument(value.length() <= 64, "GroupId is longer than 64 characters: %s", value);
    }

    public static GroupId of(String value) {
        return new GroupId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
