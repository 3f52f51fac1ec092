package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** An article's title and body in one language, stripped; neither blank. */
public record ArticleText(String title, String body) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public ArticleText {
        title = text(title, "title", MAX_TITLE);
        body = text(body, "body", MAX_BODY);
    }

    public static ArticleText of(String title, String body) {
        return new ArticleText(title, body);
    }

    private static String text(String value, String name, int max) {
        checkNotNull(value, name);
        String stripped = value.strip();
        checkArgument(!stripped.isEmpty(), "%s is blank", name);
        checkArgument(stripped.length() <= max, "%s is longer than %s characters", name, max);
        return stripped;
    }
}
