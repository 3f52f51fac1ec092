package org.itilhis.core.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The catalogue of texts shown to people, in English ({@code messages.properties}) and
 * Simplified Chinese ({@code messages_zh.properties}, so every {@code zh} locale reads
 * it), keyed by the stable codes of domain exceptions and by enum labels
 * ({@code TicketStatus.IN_PROGRESS}). Arguments that are {@link Text}s, or lists of them,
 * are shown in the same language.
 */
public final class Messages {
    private static final String BUNDLE = "org.itilhis.core.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key} in {@code locale}, with {@code arguments} filled in. */
    public static String format(String key, Locale locale, Object... arguments) {
        return text(key, locale)
                .map(pattern -> new MessageFormat(pattern, locale).format(localized(arguments, locale)))
                .orElseGet(() -> key + " " + Arrays.toString(arguments));
    }

    /** The label of an enum constant in {@code locale}, e.g. 处理中 for {@code TicketStatus.IN_PROGRESS}. */
    public static String label(Enum<?> constant, Locale locale) {
        return Text.label(constant).in(locale);
    }

    /** The raw catalogue text for {@code key}, if there is one. */
    static Optional<String> text(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_DEFAULT_LOCALE);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    private static Object[] localized(Object[] arguments, Locale locale) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] = localized(result[i], locale);
        }
        return result;
    }

    private static Object localized(Object argument, Locale locale) {
        if (argument instanceof Text text) {
            return text.in(locale);
        }
        if (argument instanceof List<?> list) {
            String separator = locale.getLanguage().equals("zh") ? "、" : ", ";
            return list.isEmpty() ? "-" : String.join(separator, list.stream()
                    .map(item -> String.valueOf(localized(item, locale))).toList());
        }
        return argument;
    }
}
