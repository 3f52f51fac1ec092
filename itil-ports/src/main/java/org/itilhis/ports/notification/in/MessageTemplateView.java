package org.itilhis.ports.notification.in;

import java.util.Locale;
import org.itilhis.core.notification.MessageTemplate;

/** A message template as it speaks: the hospital's override ({@code overridden}) or the library's default. */
public record MessageTemplateView(String eventType, Locale language, String label, String subject, String body,
                                  boolean overridden) {
    public static MessageTemplateView of(MessageTemplate template, String label, boolean overridden) {
        return new MessageTemplateView(template.eventType(), template.language(), label, template.subject(),
                template.body(), overridden);
    }
}
