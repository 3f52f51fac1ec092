package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.notification.out.NotificationRuleRepository;

/** The notification rules in memory: one list and its version, a write undone with its transaction. */
public final class InMemoryNotificationRules implements NotificationRuleRepository {
    private final InMemoryTransactions transactions;
    private volatile StoredRules stored = new StoredRules(List.of(), 0);

    public InMemoryNotificationRules(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public StoredRules load() {
        return stored;
    }

    @Override
    public void save(List<NotificationRule> rules, long expectedVersion) {
        checkNotNull(rules, "rules");
        transactions.locked(() -> {
            StoredRules before = stored;
            if (before.version() != expectedVersion) {
                throw new VersionConflictException("notification-rules", "notification-rules", expectedVersion,
                        before.version());
            }
            stored = new StoredRules(rules, before.version() + 1);
            transactions.onRollback(() -> stored = before);
            return null;
        });
    }
}
