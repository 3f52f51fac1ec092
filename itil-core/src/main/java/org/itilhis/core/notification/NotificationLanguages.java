package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The languages messages are written in: Simplified Chinese ({@code zh}) and English ({@code
 * en}), the languages of the library's own texts.
 */
public final class NotificationLanguages {
    public static final Locale ZH = Locale.CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    private static final ImmutableSet<Locale> SUPPORTED = ImmutableSet.of(ZH, EN);

    private NotificationLanguages() {
    }

    public static ImmutableSet<Locale> supported() {
        return SUPPORTED;
    }

    /** Whether messages can be written in {@code language} (exactly {@code zh} or {@code en}, no region). */
    public static boolean isSupported(Locale language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The language messages to someone speaking {@code language} are written in: Chinese for any {@code zh}, else English. */
    public static Locale closest(Locale language) {
        checkNotNull(language, "language");
        return ZH.getLanguage().equals(language.getLanguage()) ? ZH : EN;
    }
}
