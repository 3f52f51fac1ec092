package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;
import org.jdbi.v3.core.Handle;

/**
 * The webhook subscriptions in {@code webhook_subscription}: each whole as JSON (its secrets
 * with it) under its id at its version, and its count of consecutive failed deliveries in a
 * column of its own, which deliveries change with one atomic update and which overrides the
 * count in the JSON when read.
 */
public final class JdbcWebhookSubscriptions implements WebhookSubscriptionRepository {
    private static final String RECORD = "webhook";
    private static final Comparator<WebhookSubscription> OLDEST_FIRST = Comparator
            .comparing(WebhookSubscription::subscribedAt).thenComparing(s -> s.id().toString());

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcWebhookSubscriptions(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public WebhookId nextId() {
        return new WebhookId(UUID.randomUUID());
    }

    @Override
    public Optional<WebhookSubscription> find(WebhookId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding webhook " + id, handle -> handle
                .createQuery("SELECT consecutive_failures, subscription FROM webhook_subscription WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> restore(rs.getString("subscription"), rs.getInt("consecutive_failures")))
                .findOne());
    }

    @Override
    public List<WebhookSubscription> all() {
        return transactions.withHandle("listing every webhook", handle -> handle
                .createQuery("SELECT consecutive_failures, subscription FROM webhook_subscription")
                .map((rs, ctx) -> restore(rs.getString("subscription"), rs.getInt("consecutive_failures")))
                .list()).stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public void save(WebhookSubscription subscription, long expectedVersion) {
        checkNotNull(subscription, "subscription");
        WebhookSubscription.Snapshot snapshot = subscription.snapshot();
        String id = snapshot.id().toString();
        String json = codec.write(snapshot);
        transactions.withHandle("saving webhook " + id, handle -> {
            boolean saved;
            if (expectedVersion == 0) {
                saved = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO webhook_subscription (id, version, consecutive_failures, subscription)"
                                        + " VALUES (:id, :version, :failures, " + dialect.json("subscription") + ")"))
                        .bind("id", id)
                        .bind("version", snapshot.version())
                        .bind("failures", snapshot.consecutiveFailures())
                        .bind("subscription", json)
                        .execute());
            } else {
                saved = handle.createUpdate("UPDATE webhook_subscription SET version = :version,"
                                + " consecutive_failures = :failures, subscription = " + dialect.json("subscription")
                                + " WHERE id = :id AND version = :expected")
                        .bind("id", id)
                        .bind("version", snapshot.version())
                        .bind("expected", expectedVersion)
                        .bind("failures", snapshot.consecutiveFailures())
                        .bind("subscription", json)
                        .execute() > 0;
            }
            if (!saved) {
                throw new VersionConflictException(RECORD, id, expectedVersion, storedVersion(handle, id));
            }
            return null;
        });
    }

    @Override
    public void remove(WebhookId id, long expectedVersion) {
        checkNotNull(id, "id");
        transactions.withHandle("removing webhook " + id, handle -> {
            int removed = handle.createUpdate("DELETE FROM webhook_subscription WHERE id = :id AND version = :expected")
                    .bind("id", id.toString())
                    .bind("expected", expectedVersion)
                    .execute();
            if (removed == 0) {
                throw new VersionConflictException(RECORD, id.toString(), expectedVersion,
                        storedVersion(handle, id.toString()));
            }
            return null;
        });
    }

    @Override
    public int recordFailure(WebhookId id) {
        checkNotNull(id, "id");
        // the update locks the row until the commit, so that the count read after it is this delivery's
        return transactions.inTransaction(() -> transactions.withHandle("counting a failure of webhook " + id,
                handle -> {
                    int updated = handle.createUpdate("UPDATE webhook_subscription"
                                    + " SET consecutive_failures = consecutive_failures + 1 WHERE id = :id")
                            .bind("id", id.toString())
                            .execute();
                    if (updated == 0) {
                        return 0;
                    }
                    return handle.createQuery("SELECT consecutive_failures FROM webhook_subscription WHERE id = :id")
                            .bind("id", id.toString())
                            .mapTo(Integer.class)
                            .one();
                }));
    }

    @Override
    public void recordSuccess(WebhookId id) {
        checkNotNull(id, "id");
        transactions.withHandle("resetting the failures of webhook " + id, handle -> handle
                .createUpdate("UPDATE webhook_subscription SET consecutive_failures = 0"
                        + " WHERE id = :id AND consecutive_failures <> 0")
                .bind("id", id.toString())
                .execute());
    }

    private WebhookSubscription restore(String json, int failures) {
        return WebhookSubscription.restore(codec.read(json, WebhookSubscription.Snapshot.class)
                .withConsecutiveFailures(failures));
    }

    private static long storedVersion(Handle handle, String id) {
        return handle.createQuery("SELECT version FROM webhook_subscription WHERE id = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
