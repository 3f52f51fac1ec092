package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people read out: {@code REL-2026-000001}. Unique per year, the sequence
 * restarting each year, like a {@link org.itilhis.core.change.ChangeNumber}; numbers may
 * have gaps but never repeat.
 */
public record ReleaseNumber(int year, long sequence) {
    public static final String PREFIX = "REL";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "-(\\d{4})-(\\d{6,})");

    public ReleaseNumber {
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        checkArgument(sequence >= 1, "sequence %s must be positive", sequence);
    }

    public static ReleaseNumber of(int year, long sequence) {
        return new ReleaseNumber(year, sequence);
    }

    public static ReleaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(checkNotNull(text, "text").strip());
        checkArgument(m.matches(), "%s is not a release number like REL-2026-000001", text);
        return new ReleaseNumber(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", PREFIX, year, sequence);
    }
}
