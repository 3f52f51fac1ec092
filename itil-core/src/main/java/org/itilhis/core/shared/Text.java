package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A reference to a text of the message catalogue, used as an argument of another message
 * so that it too is shown in the reader's language: a guard's description inside a
 * refusal, or the label of a state or an action. When the catalogue lacks the key, the
 * {@code fallback} is shown.
 */
public record Text(String key, String fallback) {
    public Text {
        checkNotNull(key, "key");
        checkNotNull(fallback, "fallback");
    }

    public static Text of(String key) {
        return new Text(key, key);
    }

    /**
     * The label of an enum constant: key {@code <EnumType>.<CONSTANT>}, e.g.
     * {@code TicketStatus.IN_PROGRESS}; falls back to the constant in lower case.
     */
    public static Text label(Enum<?> constant) {
        return new Text(constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                constant.name().toLowerCase(Locale.ROOT));
    }

    public String in(Locale locale) {
        return Messages.text(key, locale).orElse(fallback);
    }

    @Override
    public String toString() {
        return fallback;
    }
}
