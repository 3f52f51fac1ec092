package org.itilhis.adapters.rest.problemdetails;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;

/**
 * One invalid field of a request, before it is put into the reader's language: either a key
 * of the adapter's texts with its arguments, or a text already in the request's language.
 *
 * @param field the field as the client sent it ({@code note}, {@code workLog[0].minutes}, or a
 *              parameter or header name)
 */
public record FieldError(String field, String key, ImmutableList<Object> arguments, String text) {
    public FieldError {
        checkNotNull(field, "field");
        checkNotNull(arguments, "arguments");
    }

    /** A message from the adapter's texts ({@code field.required}, say). */
    public static FieldError keyed(String field, String key, Object... arguments) {
        return new FieldError(field, checkNotNull(key, "key"), ImmutableList.copyOf(Arrays.asList(arguments)), null);
    }

    /** A message already in the request's language (from Bean Validation, say). */
    public static FieldError text(String field, String text) {
        return new FieldError(field, null, ImmutableList.of(), checkNotNull(text, "text"));
    }

    public ErrorJson.FieldErrorJson in(Locale locale) {
        String message = text != null ? text : ProblemTexts.format(key, locale, arguments.toArray());
        return new ErrorJson.FieldErrorJson(field, message);
    }
}
