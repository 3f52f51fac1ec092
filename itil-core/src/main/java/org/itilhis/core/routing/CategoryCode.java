package org.itilhis.core.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A ticket category as the hospital codes it, dot-separated from general to specific:
 * {@code desktop.printer}, {@code his.outpatient-registration}. A rule for
 * {@code desktop} also matches {@code desktop.printer}.
 */
public record CategoryCode(String value) {
    public CategoryCode {
        checkNotNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        checkArgument(value.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*"),
                "category %s is not dot-separated lower-case words", value);
        checkArgument(value.length() <= 100, "category is longer than 100 characters: %s", value);
    }

    public static CategoryCode of(String value) {
        return new CategoryCode(value);
    }

    /** Whether this category is {@code other} or one of its sub-categories. */
    public boolean isWithin(CategoryCode other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /** How many levels deep the category is: {@code desktop.printer} is 2. */
    public int depth() {
        return (int) value.chars().filter(c -> c == '.').count() + 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
