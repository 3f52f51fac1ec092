package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A business rule refused a command. Every subclass has a stable {@link #code()} that
 * adapters map to their own signals (an HTTP status, say) and that is also the key of the
 * English and Simplified Chinese texts in {@link Messages}. Adapters never match on the
 * message text.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final ImmutableList<Object> arguments;

    protected DomainException(String code, Object... arguments) {
        super(Messages.format(code, Locale.ENGLISH, arguments));
        this.code = checkNotNull(code, "code");
        this.arguments = ImmutableList.copyOf(Arrays.stream(arguments).map(DomainException::immutableArgument).toList());
    }

    /** The stable code of the broken rule, such as {@code ticket.illegal-transition}. */
    public String code() {
        return code;
    }

    /** The values filled into the message text, in order. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The message in the given language (English when no translation exists). */
    public String messageIn(Locale locale) {
        return Messages.format(code, locale, arguments.toArray());
    }

    private static Object immutableArgument(Object argument) {
        if (argument instanceof List<?> list) {
            return ImmutableList.copyOf(list.stream().map(DomainException::immutableArgument).toList());
        }
        return argument instanceof Text || argument instanceof Number ? argument : String.valueOf(argument);
    }
}
