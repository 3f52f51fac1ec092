package org.itilhis.ports.notification.in;

import java.util.Locale;
import org.itilhis.core.shared.DomainException;

/** A message template that Mustache cannot compile: refused when stored, with Mustache's reason. */
public final class InvalidMessageTemplateException extends DomainException {
    public InvalidMessageTemplateException(String eventType, Locale language, String part, String reason) {
        super("notification-template.invalid", eventType, language.getLanguage(), part, reason);
    }
}
