package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.MessageTemplate;
import org.itilhis.ports.notification.out.MessageTemplateRepository;

/** The hospital's message templates in memory, one per event type and language, writes undone with their transaction. */
public final class InMemoryMessageTemplates implements MessageTemplateRepository {
    private static final Comparator<MessageTemplate> ORDER = Comparator.comparing(MessageTemplate::eventType)
            .thenComparing(t -> t.language().getLanguage());

    private final InMemoryTransactions transactions;
    private final Map<Key, MessageTemplate> templates = new ConcurrentHashMap<>();

    public InMemoryMessageTemplates(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<MessageTemplate> find(String eventType, Locale language) {
        return Optional.ofNullable(templates.get(new Key(eventType, language)));
    }

    @Override
    public List<MessageTemplate> all() {
        return templates.values().stream().sorted(ORDER).toList();
    }

    @Override
    public void save(MessageTemplate template) {
        checkNotNull(template, "template");
        Key key = new Key(template.eventType(), template.language());
        transactions.locked(() -> {
            MessageTemplate before = templates.put(key, template);
            transactions.onRollback(() -> restore(key, before));
            return null;
        });
    }

    @Override
    public void remove(String eventType, Locale language) {
        Key key = new Key(eventType, language);
        transactions.locked(() -> {
            MessageTemplate before = templates.remove(key);
            transactions.onRollback(() -> restore(key, before));
            return null;
        });
    }

    private void restore(Key key, MessageTemplate before) {
        if (before == null) {
            templates.remove(key);
        } else {
            templates.put(key, before);
        }
    }

    private record Key(String eventType, String language) {
        Key(String eventType, Locale language) {
            this(checkNotNull(eventType, "eventType"), checkNotNull(language, "language").getLanguage());
        }
    }
}
