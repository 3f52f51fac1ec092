package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A backup job's code, as the backup software and people name it ({@code HIS-DB-NIGHTLY}): the
 * job's identity, stable for its life, and the fault key of the incidents its missed and failed
 * runs raise.
 */
public record BackupJobCode(String value) {
    /** Letters, digits, dots, underscores and hyphens, starting with a letter or digit; at most 40. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public BackupJobCode {
        checkNotNull(value, "value");
        checkArgument(FORMAT.matcher(value).matches(), "backup job code %s is not %s", value, FORMAT);
    }

    public static BackupJobCode of(String value) {
        return new BackupJobCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
