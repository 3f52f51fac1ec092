package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;

/**
 * The label stuck on an item (or given to a system) by which the hospital knows it, such
 * as {@code SRV-2023-0412}; unique in the CMDB, and the key by which imports find an item
 * again. Stripped of surrounding blanks; 1 to 64 characters without blanks or control
 * characters; compared exactly.
 */
public record AssetTag(String value) {
    private static final CharMatcher FORBIDDEN = CharMatcher.whitespace().or(CharMatcher.javaIsoControl());

    public AssetTag {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(!value.isEmpty(), "the asset tag is blank");
        checkArgument(value.length() <= 64, "the asset tag is longer than 64 characters: %s", value);
        checkArgument(FORBIDDEN.matchesNoneOf(value), "the asset tag contains a blank or a control character: %s", value);
    }

    public static AssetTag of(String value) {
        return new AssetTag(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
