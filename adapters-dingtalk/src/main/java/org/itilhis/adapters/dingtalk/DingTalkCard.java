package org.itilhis.adapters.dingtalk;

import java.util.Locale;
import org.itilhis.ports.notification.out.OutgoingMessage;

/**
 * The Markdown a DingTalk group reads: the {@code title} shown in the chat list (the rendered
 * subject) and the {@code text}: a heading with the record's number and priority, the rendered
 * body (its line breaks kept as Markdown hard breaks), and a line linking to the record. The
 * text is kept within {@link #MAX_TEXT_BYTES}: a long body is shortened with an ellipsis, the
 * heading and the link stay whole. {@link #plainText} is the same for a text message.
 */
final class DingTalkCard {
    /**
     * Our budget for {@code markdown.text}, in UTF-8 bytes. DingTalk's documentation found for this
     * adapter names no limit for a custom robot's Markdown; the card is a summary, so it keeps to
     * the same budget as WeCom's documented 4096 bytes.
     */
    static final int MAX_TEXT_BYTES = 4096;

    /** Our budget for {@code markdown.title}, which only shows in the chat list. */
    static final int MAX_TITLE_BYTES = 256;

    private DingTalkCard() {
    }

    static String title(OutgoingMessage message) {
        return Utf8Budget.shortened(subjectWithNumber(message), MAX_TITLE_BYTES);
    }

    static String text(OutgoingMessage message) {
        String heading = "#### " + subjectWithNumber(message);
        String link = message.link().map(uri -> "\n\n[" + linkWords(message.language()) + " " + message.reference() + "]("
                + uri + ")").orElse("");
        int budgetForBody = MAX_TEXT_BYTES - Utf8Budget.bytes(heading) - Utf8Budget.bytes("\n\n") - Utf8Budget.bytes(link);
        if (budgetForBody <= Utf8Budget.bytes(Utf8Budget.ELLIPSIS)) {
            return Utf8Budget.shortened(heading + link, MAX_TEXT_BYTES);
        }
        String body = message.body().strip().replaceAll(" *\r?\n", "  \n");
        return heading + "\n\n" + Utf8Budget.shortened(body, budgetForBody) + link;
    }

    /** The plain-text form: the subject, the body and the link as a bare address, within {@link #MAX_TEXT_BYTES}. */
    static String plainText(OutgoingMessage message) {
        String title = subjectWithNumber(message);
        String link = message.link().map(uri -> "\n" + linkWords(message.language()) + ": " + uri).orElse("");
        int budgetForBody = MAX_TEXT_BYTES - Utf8Budget.bytes(title) - Utf8Budget.bytes("\n") - Utf8Budget.bytes(link);
        if (budgetForBody <= Utf8Budget.bytes(Utf8Budget.ELLIPSIS)) {
            return Utf8Budget.shortened(title + link, MAX_TEXT_BYTES);
        }
        return title + "\n" + Utf8Budget.shortened(message.body().strip(), budgetForBody) + link;
    }

    private static String subjectWithNumber(OutgoingMessage message) {
        String subject = message.subject().strip().replace('\n', ' ');
        return subject.contains(message.reference()) ? subject : message.reference() + " " + subject;
    }

    private static String linkWords(Locale language) {
        return "zh".equals(language.getLanguage()) ? "查看" : "Open";
    }
}
