package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;

/**
 * The webhook subscriptions in memory, as snapshots by id: each version saved only over the one
 * expected, writes undone with their transaction, failures counted under the transaction lock.
 */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptionRepository {
    private static final Comparator<WebhookSubscription.Snapshot> OLDEST_FIRST =
            Comparator.comparing(WebhookSubscription.Snapshot::subscribedAt).thenComparing(s -> s.id().toString());

    private final InMemoryTransactions transactions;
    private final Map<WebhookId, WebhookSubscription.Snapshot> byId = new ConcurrentHashMap<>();

    public InMemoryWebhookSubscriptions(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public WebhookId nextId() {
        return new WebhookId(UUID.randomUUID());
    }

    @Override
    public Optional<WebhookSubscription> find(WebhookId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id)).map(WebhookSubscription::restore));
    }

    @Override
    public List<WebhookSubscription> all() {
        return transactions.locked(() -> byId.values().stream().sorted(OLDEST_FIRST)
                .map(WebhookSubscription::restore).toList());
    }

    @Override
    public void save(WebhookSubscription subscription, long expectedVersion) {
        WebhookSubscription.Snapshot next = checkNotNull(subscription, "subscription").snapshot();
        transactions.locked(() -> {
            WebhookSubscription.Snapshot stored = stored(next.id(), expectedVersion);
            put(next.id(), stored, next);
            return null;
        });
    }

    @Override
    public void remove(WebhookId id, long expectedVersion) {
        checkNotNull(id, "id");
        transactions.locked(() -> {
            WebhookSubscription.Snapshot stored = stored(id, expectedVersion);
            put(id, stored, null);
            return null;
        });
    }

    @Override
    public int recordFailure(WebhookId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> {
            WebhookSubscription.Snapshot stored = byId.get(id);
            if (stored == null) {
                return 0;
            }
            int failures = stored.consecutiveFailures() + 1;
            put(id, stored, stored.withConsecutiveFailures(failures));
            return failures;
        });
    }

    @Override
    public void recordSuccess(WebhookId id) {
        checkNotNull(id, "id");
        transactions.locked(() -> {
            WebhookSubscription.Snapshot stored = byId.get(id);
            if (stored != null && stored.consecutiveFailures() != 0) {
                put(id, stored, stored.withConsecutiveFailures(0));
            }
            return null;
        });
    }

    private WebhookSubscription.Snapshot stored(WebhookId id, long expectedVersion) {
        WebhookSubscription.Snapshot stored = byId.get(id);
        long actual = stored == null ? 0 : stored.version();
        if (actual != expectedVersion) {
            throw new VersionConflictException("webhook", id.toString(), expectedVersion, actual);
        }
        return stored;
    }

    private void put(WebhookId id, WebhookSubscription.Snapshot stored, WebhookSubscription.Snapshot next) {
        if (next == null) {
            byId.remove(id);
        } else {
            byId.put(id, next);
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(id);
            } else {
                byId.put(id, stored);
            }
        });
    }
}
