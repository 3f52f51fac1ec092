package org.itilhis.core.knowledge;

import java.util.Locale;

/** The languages an article is written in: Simplified Chinese, English, or both. */
public enum ContentLanguage {
    /** Simplified Chinese, as the hospital's staff write and search. */
    ZH(Locale.forLanguageTag("zh")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    ContentLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The locale of the language: {@code zh} or {@code en}. */
    public Locale locale() {
        return locale;
    }
}
