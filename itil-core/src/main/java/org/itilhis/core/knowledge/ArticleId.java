package org.itilhis.core.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a knowledge article; people use its {@link ArticleNumber}. */
public record ArticleId(UUID value) {
    public ArticleId {
        checkNotNull(value, "value");
    }

    public static ArticleId parse(String text) {
        return new ArticleId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
