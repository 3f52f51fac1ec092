package org.itilhis.ports.notification.service;

/**
 * The one-line texts the desk has always sent through the {@link org.itilhis.ports.common.Notifier}
 * ({@code INC-2026-000123 [P3] Label printer jams: ticket.assigned}), for the people told
 * through it; channel messages are written from the templates ({@link MessageRenderer}).
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
}
