package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.PendingDelivery.State;
import org.itilhis.ports.notification.out.PendingDeliveries;

/**
 * The relay's pending deliveries in a map by subscriber and position; changes are checked and
 * applied under the transaction lock and undone with their transaction.
 */
public final class InMemoryPendingDeliveries implements PendingDeliveries {
    private final InMemoryTransactions transactions;
    private final TreeMap<Key, PendingDelivery> pending = new TreeMap<>();

    public InMemoryPendingDeliveries(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    private record Key(String subscriber, long position) implements Comparable<Key> {
        static Key of(PendingDelivery delivery) {
            return new Key(delivery.subscriber(), delivery.position());
        }

        @Override
        public int compareTo(Key other) {
            int bySubscriber = subscriber.compareTo(other.subscriber);
            return bySubscriber != 0 ? bySubscriber : Long.compare(position, other.position);
        }
    }

    @Override
    public boolean add(PendingDelivery delivery) {
        Key key = Key.of(checkNotNull(delivery, "delivery"));
        return transactions.locked(() -> {
            if (pending.containsKey(key)) {
                return false;
            }
            pending.put(key, delivery);
            transactions.onRollback(() -> pending.remove(key));
            return true;
        });
    }

    @Override
    public Optional<PendingDelivery> find(String subscriber, long position) {
        Key key = new Key(checkNotNull(subscriber, "subscriber"), position);
        return transactions.locked(() -> Optional.ofNullable(pending.get(key)));
    }

    @Override
    public boolean replace(PendingDelivery current, PendingDelivery next) {
        checkNotNull(current, "current");
        checkNotNull(next, "next");
        checkArgument(Key.of(current).equals(Key.of(next)), "%s and %s are not the same delivery", current, next);
        return transactions.locked(() -> {
            PendingDelivery stored = pending.get(Key.of(current));
            if (!sameStep(stored, current)) {
                return false;
            }
            pending.put(Key.of(current), next);
            transactions.onRollback(() -> pending.put(Key.of(current), stored));
            return true;
        });
    }

    @Override
    public boolean remove(PendingDelivery current) {
        checkNotNull(current, "current");
        return transactions.locked(() -> {
            PendingDelivery stored = pending.get(Key.of(current));
            if (!sameStep(stored, current)) {
                return false;
            }
            pending.remove(Key.of(current));
            transactions.onRollback(() -> pending.put(Key.of(current), stored));
            return true;
        });
    }

    private static boolean sameStep(PendingDelivery stored, PendingDelivery expected) {
        return stored != null && stored.state() == expected.state() && stored.attempts() == expected.attempts();
    }

    @Override
    public List<PendingDelivery> due(String subscriber, Instant now, int limit) {
        checkNotNull(now, "now");
        return matching(subscriber, delivery -> delivery.isDue(now), limit);
    }

    @Override
    public boolean holds(String subscriber, String orderingKey) {
        checkNotNull(orderingKey, "orderingKey");
        return !matching(subscriber, delivery -> delivery.orderingKey().equals(orderingKey), 1).isEmpty();
    }

    @Override
    public Optional<PendingDelivery> nextHeld(String subscriber, String orderingKey) {
        checkNotNull(orderingKey, "orderingKey");
        return matching(subscriber,
                delivery -> delivery.state() == State.HELD && delivery.orderingKey().equals(orderingKey), 1)
                .stream().findFirst();
    }

    @Override
    public List<PendingDelivery> dead(String subscriber, long afterPosition, int limit) {
        return matching(subscriber, delivery -> delivery.state() == State.DEAD && delivery.position() > afterPosition,
                limit);
    }

    @Override
    public Map<String, Standing> standings() {
        return transactions.locked(() -> {
            Map<String, Standing> standings = new TreeMap<>();
            for (PendingDelivery delivery : pending.values()) {
                Standing before = standings.getOrDefault(delivery.subscriber(), new Standing(0, 0, Optional.empty()));
                Instant oldest = before.oldestSince().filter(since -> since.isBefore(delivery.since()))
                        .orElse(delivery.since());
                standings.put(delivery.subscriber(), new Standing(before.pending() + 1,
                        before.dead() + (delivery.state() == State.DEAD ? 1 : 0), Optional.of(oldest)));
            }
            return Collections.unmodifiableMap(standings);
        });
    }

    private List<PendingDelivery> matching(String subscriber, Predicate<PendingDelivery> filter,
                                           int limit) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.locked(() -> {
            List<PendingDelivery> found = new ArrayList<>();
            for (PendingDelivery delivery : pending.subMap(new Key(subscriber, Long.MIN_VALUE), true,
                    new Key(subscriber, Long.MAX_VALUE), true).values()) {
                if (found.size() == limit) {
                    break;
                }
                if (filter.test(delivery)) {
                    found.add(delivery);
                }
            }
            return found;
        });
    }
}
