package org.itilhis.adapters.rest.common;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.itilhis.adapters.rest.problemdetails.FieldError;

/**
 * Converts the fields of a request into the value types of a command, collecting every field
 * that cannot be converted instead of failing at the first; what cannot be converted becomes
 * {@code null} in the command, and the errors are reported together with the command's own
 * constraint violations ({@code RequestValidation}). A missing optional value stays {@code null}.
 */
public final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    /** An identifier such as a staff, group or department id; {@code null} stays {@code null}. */
    public <T> T id(String field, String value, Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(FieldError.keyed(field, "field.invalid-identifier"));
            return null;
        }
    }

    /** A UUID given as text (a path segment, say). */
    public UUID uuid(String field, String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException invalid) {
            errors.add(FieldError.keyed(field, "field.invalid-uuid"));
            return null;
        }
    }

    /** A number the command holds as a primitive: missing is an error, not zero. */
    public int requiredInt(String field, Integer value) {
        if (value == null) {
            errors.add(FieldError.keyed(field, "field.required"));
            return 0;
        }
        return value;
    }

    /**
     * A whole number from 1 to {@code max} given as text (a query parameter, say), or
     * {@code absent} when there is none; anything else is an error, answered as {@code absent}.
     */
    public int count(String field, String text, int max, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 1 && count <= max) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(FieldError.keyed(field, "field.invalid-limit", max));
        return absent;
    }

    /** Records {@code key} against {@code field} unless {@code valid}. */
    public void check(boolean valid, String field, String key, Object... arguments) {
        if (!valid) {
            errors.add(FieldError.keyed(field, key, arguments));
        }
    }

    /** What could not be converted, in the order found. */
    public ImmutableList<FieldError> errors() {
        return ImmutableList.copyOf(errors);
    }
}
