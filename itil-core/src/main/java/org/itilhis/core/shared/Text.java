package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A reference to a text of the message catalogue, used as an argument of another message
 * so that it too is shown in the reader's language (a guard's description inside a
 * refusal, say).
 */
public record Text(String key) {
    public Text {
        checkNotNull(key, "key");
    }

    public static Text of(String key) {
        return new Text(key);
    }

    public String in(Locale locale) {
        return Messages.format(key, locale);
    }
}
