package org.itilhis.adapters.wecom;

import java.util.Locale;
import org.itilhis.ports.notification.out.OutgoingMessage;

/**
 * The Markdown a WeCom group reads: a bold title line with the record's number and priority (the
 * rendered subject), the rendered body, and a line linking to the record. It fits the robot's
 * 4096-byte limit on {@code markdown.content}: a long body is shortened with an ellipsis, the
 * title and the link stay whole.
 */
final class WeComCard {
    /** WeCom's limit on {@code markdown.content}, in UTF-8 bytes (errcode 40058 beyond it). */
    static final int MAX_CONTENT_BYTES = 4096;

    private WeComCard() {
    }

    static String content(OutgoingMessage message) {
        String title = "**" + titleOf(message) + "**";
        String link = message.link().map(uri -> "\n[" + linkWords(message.language()) + " " + message.reference() + "]("
                + uri + ")").orElse("");
        int budgetForBody = MAX_CONTENT_BYTES - Utf8Budget.bytes(title) - Utf8Budget.bytes("\n") - Utf8Budget.bytes(link);
        if (budgetForBody <= Utf8Budget.bytes(Utf8Budget.ELLIPSIS)) {
            return Utf8Budget.shortened(title + link, MAX_CONTENT_BYTES);
        }
        return title + "\n" + Utf8Budget.shortened(message.body().strip(), budgetForBody) + link;
    }

    /** The subject, with the record's number in front when the template left it out. */
    private static String titleOf(OutgoingMessage message) {
        String subject = message.subject().strip().replace('\n', ' ');
        return subject.contains(message.reference()) ? subject : message.reference() + " " + subject;
    }

    private static String linkWords(Locale language) {
        return "zh".equals(language.getLanguage()) ? "查看" : "Open";
    }
}
