package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The code a stock item is known by in the store room ({@code TONER-HP-88A}, {@code HDD-2T-SATA}):
 * letters, digits, dots, dashes and underscores, 1 to 40 characters, kept as written (stripped).
 */
public record StockItemCode(String value) {
    static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public StockItemCode {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(FORM.matcher(value).matches(), "not a stock item code: %s", value);
    }

    public static StockItemCode of(String value) {
        return new StockItemCode(value);
    }

    /** Whether {@code value} is a well-formed code. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value.strip()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
