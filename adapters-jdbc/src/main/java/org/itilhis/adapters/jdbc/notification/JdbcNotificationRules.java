package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.notification.out.NotificationRuleRepository;
import org.jdbi.v3.core.Handle;

/**
 * The hospital's notification rules in {@code notification_rule_list}: one row, the list whole
 * as JSON at its version; no row while the defaults apply. Version 1 is inserted (refused when
 * another writer inserted it first), each next version updates the row still at the version
 * read.
 */
public final class JdbcNotificationRules implements NotificationRuleRepository {
    private static final String ID = "hospital";
    private static final String RECORD = "notification-rules";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcNotificationRules(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public StoredRules load() {
        return transactions.withHandle("loading the notification rules", handle -> handle
                .createQuery("SELECT version, rules FROM notification_rule_list WHERE id = :id")
                .bind("id", ID)
                .map((rs, ctx) -> new StoredRules(codec.read(rs.getString("rules"), RuleList.class).rules(),
                        rs.getLong("version")))
                .findOne()
                .orElseGet(() -> new StoredRules(List.of(), 0)));
    }

    @Override
    public void save(List<NotificationRule> rules, long expectedVersion) {
        checkNotNull(rules, "rules");
        String json = codec.write(new RuleList(List.copyOf(rules)));
        transactions.withHandle("saving the notification rules", handle -> {
            boolean saved;
            if (expectedVersion == 0) {
                saved = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO notification_rule_list (id, version, rules) VALUES (:id, 1, "
                                        + dialect.json("rules") + ")"))
                        .bind("id", ID)
                        .bind("rules", json)
                        .execute());
            } else {
                saved = handle.createUpdate("UPDATE notification_rule_list SET version = :version, rules = "
                                + dialect.json("rules") + " WHERE id = :id AND version = :expected")
                        .bind("id", ID)
                        .bind("version", expectedVersion + 1)
                        .bind("expected", expectedVersion)
                        .bind("rules", json)
                        .execute() > 0;
            }
            if (!saved) {
                throw new VersionConflictException(RECORD, RECORD, expectedVersion, storedVersion(handle));
            }
            return null;
        });
    }

    private static long storedVersion(Handle handle) {
        return handle.createQuery("SELECT version FROM notification_rule_list WHERE id = :id")
                .bind("id", ID)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    /** The stored JSON: the rules in order. */
    record RuleList(List<NotificationRule> rules) {
    }
}
