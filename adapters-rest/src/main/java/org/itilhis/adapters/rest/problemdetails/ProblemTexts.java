package org.itilhis.adapters.rest.problemdetails;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The REST adapter's own texts ({@code messages.properties} and {@code messages_zh_CN.properties}
 * beside this class): problem titles, the details of problems the adapter raises itself, and
 * field messages of its request parsing.
 */
public final class ProblemTexts {
    private static final String BUNDLE = "org.itilhis.adapters.rest.problemdetails.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The text for {@code key} in {@code locale} with {@code arguments} filled in, or the key itself. */
    public static String format(String key, Locale locale, Object... arguments) {
        return find(key, locale).map(text -> new MessageFormat(text, locale).format(arguments)).orElse(key);
    }

    /** The raw text for {@code key}, if the catalogue has one. */
    public static Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_DEFAULT_LOCALE).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** The short title of a problem with this status. */
    public static String title(int status, Locale locale) {
        return find("title." + status, locale).orElseGet(() -> format("title.other", locale));
    }
}
