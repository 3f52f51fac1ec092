package org.itilhis.ports.notification.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSubscription;

/**
 * The webhook subscriptions, each at its current version, with their secrets (which only the
 * webhook sender reads). The count of consecutive failed deliveries is kept beside the version:
 * counting a delivery never conflicts with a person's edit.
 * {@code org.itilhis.testkit.contract.WebhookSubscriptionRepositoryContract} checks an implementation.
 */
public interface WebhookSubscriptionRepository {
    /** A new, unused identity. */
    WebhookId nextId();

    Optional<WebhookSubscription> find(WebhookId id);

    /** Every subscription, oldest first (then by id). */
    List<WebhookSubscription> all();

    /**
     * Stores {@code subscription}: a new one when {@code expectedVersion} is 0, else over the
     * stored one at {@code expectedVersion}, with its count of failures (0 again once enabled).
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version is not {@code expectedVersion}
     *         (for a new one: the id is taken)
     */
    void save(WebhookSubscription subscription, long expectedVersion);

    /**
     * Removes the subscription stored at {@code expectedVersion}.
     *
     * @throws org.itilhis.core.shared.VersionConflictException if it is not stored at that version
     */
    void remove(WebhookId id, long expectedVersion);

    /** Counts one more failed delivery and answers the count (0 when the subscription is gone). */
    int recordFailure(WebhookId id);

    /** A delivery succeeded: the count of failures goes back to 0. */
    void recordSuccess(WebhookId id);
}
