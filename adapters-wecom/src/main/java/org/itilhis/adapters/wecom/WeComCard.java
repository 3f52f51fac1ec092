package org.itilhis.adapters.wecom;

import java.util.Locale;
import org.itilhis.ports.notification.out.OutgoingMessage;

/**
 * What a WeCom group reads. As Markdown: a bold title line with the record's number and priority
 * (the rendered subject), the rendered body, and a line linking to the record, within WeCom's
 * 4096-byte limit on {@code markdown.content}. As text: the same lines, the link as a bare
 * address, within the 2048-byte limit on {@code text.content}. A long body is shortened with an
 * ellipsis between characters; the title and the link stay whole.
 */
final class WeComCard {
    /** WeCom's limit on {@code markdown.content}, in UTF-8 bytes (errcode 40058 beyond it). */
    static final int MAX_MARKDOWN_BYTES = 4096;

    /** WeCom's limit on {@code text.content}, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = 2048;

    private WeComCard() {
    }

    static String markdown(OutgoingMessage message) {
        String link = message.link().map(uri -> "\n[" + linkWords(message.language()) + " " + message.reference() + "]("
                + uri + ")").orElse("");
        return fitted("**" + titleOf(message) + "**", message.body().strip(), link, MAX_MARKDOWN_BYTES);
    }

    static String text(OutgoingMessage message) {
        String link = message.link().map(uri -> "\n" + linkWords(message.language()) + ": " + uri).orElse("");
        return fitted(titleOf(message), message.body().strip(), link, MAX_TEXT_BYTES);
    }

    /** {@code title}, a line break, {@code body} shortened to fit, then {@code tail}, in {@code limit} bytes. */
    private static String fitted(String title, String body, String tail, int limit) {
        int budgetForBody = limit - Utf8Budget.bytes(title) - Utf8Budget.bytes("\n") - Utf8Budget.bytes(tail);
        if (budgetForBody <= Utf8Budget.bytes(Utf8Budget.ELLIPSIS)) {
            return Utf8Budget.shortened(title + tail, limit);
        }
        return title + "\n" + Utf8Budget.shortened(body, budgetForBody) + tail;
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
