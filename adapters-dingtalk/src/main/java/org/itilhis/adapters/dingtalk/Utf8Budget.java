package org.itilhis.adapters.dingtalk;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;

/** Fits text into a number of UTF-8 bytes, cutting between characters, never inside one. */
final class Utf8Budget {
    static final String ELLIPSIS = "…";

    private Utf8Budget() {
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code text} that takes at most {@code maxBytes} in UTF-8, whole code points only. */
    static String prefix(String text, int maxBytes) {
        checkArgument(maxBytes >= 0, "maxBytes is negative: %s", maxBytes);
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = encodedSize(codePoint);
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    /** {@code text} itself if it fits, otherwise its longest start that fits with an ellipsis after it. */
    static String shortened(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        if (maxBytes < bytes(ELLIPSIS)) {
            return prefix(text, maxBytes);
        }
        return prefix(text, maxBytes - bytes(ELLIPSIS)) + ELLIPSIS;
    }

    private static int encodedSize(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
