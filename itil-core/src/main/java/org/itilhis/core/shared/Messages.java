package org.itilhis.core.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalogue of texts shown to people, in English ({@code messages.properties}) and
 * Simplified Chinese ({@code messages_zh.properties}, so every {@code zh} locale reads it), keyed by the stable codes of
 * domain exceptions and enum labels.
 */
public final class Messages {
    private static final String BUNDLE = "org.itilhis.core.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key} in {@code locale}, with {@code arguments} filled in. */
    public static String format(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_DEFAULT_LOCALE);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(localized(arguments, locale));
        } catch (MissingResourceException missing) {
            return key + " " + Arrays.toString(arguments);
        }
    }

    private static Object[] localized(Object[] arguments, Locale locale) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof Text text) {
                result[i] = text.in(locale);
            }
        }
        return result;
    }
}
