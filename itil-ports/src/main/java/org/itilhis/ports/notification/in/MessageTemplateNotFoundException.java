package org.itilhis.ports.notification.in;

import java.util.Locale;
import org.itilhis.core.shared.DomainException;

/** No stored message template of an event type in a language. */
public final class MessageTemplateNotFoundException extends DomainException {
    public MessageTemplateNotFoundException(String eventType, Locale language) {
        super("notification-template.not-found", eventType, language.getLanguage());
    }
}
