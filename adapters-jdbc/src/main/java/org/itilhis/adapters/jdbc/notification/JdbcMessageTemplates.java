package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.ports.notification.out.MessageTemplateRepository;

/** The hospital's message templates in {@code message_template}: each whole as JSON under its event type and language. */
public final class JdbcMessageTemplates implements MessageTemplateRepository {
    private final KeyedRows<MessageTemplate> rows;

    JdbcMessageTemplates(JdbcStoreParts parts) {
        this.rows = new KeyedRows<>(parts, "message_template", "message template", MessageTemplate.class,
                "event_type, language");
    }

    @Override
    public Optional<MessageTemplate> find(String eventType, Locale language) {
        return rows.find(key(eventType, language));
    }

    @Override
    public List<MessageTemplate> all() {
        return rows.list(Map.of());
    }

    @Override
    public void save(MessageTemplate template) {
        checkNotNull(template, "template");
        rows.put(key(template.eventType(), template.language()), Map.of(), template);
    }

    @Override
    public void remove(String eventType, Locale language) {
        rows.remove(key(eventType, language));
    }

    private static Map<String, Object> key(String eventType, Locale language) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("event_type", checkNotNull(eventType, "eventType"));
        key.put("language", checkNotNull(language, "language").getLanguage());
        return key;
    }
}
