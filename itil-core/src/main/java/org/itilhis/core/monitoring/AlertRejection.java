package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A delivery or an alert the intake did not record, kept for the people who run the monitoring.
 *
 * @param source     the source's code as the address named it
 * @param reason     why
 * @param field      where (a JSON pointer such as {@code /alerts/2/endsAt}, {@code body},
 *                   {@code Authorization})
 * @param detail     what was wrong, in English, at most {@value #MAX_DETAIL} characters
 * @param excerpt    the start of the raw body (at most {@value #MAX_EXCERPT} characters) or of the
 *                   alert, for a malformed delivery or a rejected alert; empty for one not
 *                   authenticated (an unauthenticated body is not kept)
 * @param receivedAt when the delivery arrived
 */
public record AlertRejection(String source, RejectionReason reason, String field, String detail, String excerpt,
                             Instant receivedAt) {
    /** The longest detail kept. */
    public static final int MAX_DETAIL = 500;
    /** The longest excerpt of a body kept. */
    public static final int MAX_EXCERPT = 2000;

    public AlertRejection {
        checkNotNull(source, "source");
        checkArgument(source.length() <= AlertSource.MAX_CODE_LENGTH, "source of %s characters", source.length());
        checkNotNull(reason, "reason");
        field = cap(checkNotNull(field, "field"), 200);
        detail = cap(checkNotNull(detail, "detail"), MAX_DETAIL);
        excerpt = cap(checkNotNull(excerpt, "excerpt"), MAX_EXCERPT);
        checkNotNull(receivedAt, "receivedAt");
    }

    /** {@code text} cut to {@code max} characters, never between the two halves of a surrogate pair. */
    public static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
