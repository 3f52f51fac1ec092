package org.itilhis.adapters.rest.problemdetails;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language of the text in a response: Simplified Chinese when the caller's
 * {@code Accept-Language} prefers any Chinese, English otherwise (and for a malformed header).
 */
public final class Languages {
    /** The languages texts exist in, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        return parse(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Reads an {@code Accept-Language} value; the first acceptable range we have texts for wins. */
    public static Locale parse(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.equals("zh") || tag.startsWith("zh-")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    /** The language tag to send as {@code Content-Language}. */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }
}
