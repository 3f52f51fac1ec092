package org.itilhis.ports.notification.service;

import java.util.Locale;

/**
 * The one-line texts the desk has always sent through the {@link org.itilhis.ports.common.Notifier}
 * ({@code INC-2026-000123 [P3] Label printer jams: ticket.assigned}), and a plain body for a
 * channel message when no templates are configured.
 */
final class MessageTexts {
    private MessageTexts() {
    }

    /** The legacy text: the number, priority, summary and event type; a caller update's message when allowed. */
    static String line(EventFacts facts, boolean freeText) {
        if (facts.threshold().isPresent()) {
            return facts.reference() + priority(facts) + " " + facts.threshold().get()
                    + (facts.breach() ? ": target missed" : ": target at risk");
        }
        if (facts.summary().isEmpty()) {
            return facts.reference() + priority(facts) + ": " + facts.type();
        }
        if (freeText && facts.freeText().isPresent()) {
            return facts.reference() + " " + facts.summary().get() + ": " + facts.freeText().get();
        }
        return facts.reference() + priority(facts) + " " + facts.summary().get() + ": " + facts.type();
    }

    private static String priority(EventFacts facts) {
        return facts.priority().map(p -> " [" + p + "]").orElse("");
    }

    /** A plain Markdown body: the record's facts one per line, labelled in {@code language}. */
    static String body(EventFacts facts, boolean freeText, Locale language) {
        boolean zh = "zh".equals(language.getLanguage());
        StringBuilder body = new StringBuilder();
        body.append("**").append(facts.reference()).append("** ").append(facts.type()).append('\n');
        facts.priority().ifPresent(p -> body.append(zh ? "优先级: " : "Priority: ").append(p).append('\n'));
        facts.status().ifPresent(s -> body.append(zh ? "状态: " : "Status: ").append(s).append('\n'));
        facts.group().ifPresent(g -> body.append(zh ? "处理组: " : "Group: ").append(g).append('\n'));
        facts.summary().ifPresent(s -> body.append(zh ? "摘要: " : "Summary: ").append(s).append('\n'));
        facts.threshold().ifPresent(t -> body.append(zh ? "阈值: " : "Threshold: ").append(t)
                .append(facts.breach() ? (zh ? " (已超时)" : " (target missed)") : (zh ? " (即将超时)" : " (target at risk)"))
                .append('\n'));
        if (freeText) {
            facts.freeText().ifPresent(text -> body.append('\n').append(text).append('\n'));
        }
        return body.toString();
    }
}
