package org.itilhis.ports.notification.out;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.notification.MessageTemplate;

/** The hospital's own message templates, at most one per event type and language. */
public interface MessageTemplateRepository {
    Optional<MessageTemplate> find(String eventType, Locale language);

    /** Every override, by event type and then language. */
    List<MessageTemplate> all();

    /** Adds or replaces the override of its event type and language. */
    void save(MessageTemplate template);

    void remove(String eventType, Locale language);
}
