package org.itilhis.ports.notification.out;

import java.util.List;
import org.itilhis.core.notification.NotificationRule;

/**
 * The hospital's notification rules, kept as one list (written whole, versioned for optimistic
 * locking). An empty store means the library's default rules.
 */
public interface NotificationRuleRepository {
    /** The stored rules with their version, or none (version 0) when never written. */
    StoredRules load();

    /**
     * Replaces the rules.
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version is not {@code expectedVersion}
     */
    void save(List<NotificationRule> rules, long expectedVersion);

    /** The rules as stored and their version. */
    record StoredRules(List<NotificationRule> rules, long version) {
        public StoredRules {
            rules = List.copyOf(rules);
        }
    }
}
