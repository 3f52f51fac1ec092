package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.notification.in.RelayOverview;
import org.itilhis.ports.notification.in.RelayOverview.SubscriberStanding;
import org.itilhis.ports.notification.in.RelayQueries;
import org.itilhis.ports.notification.out.PendingDeliveries;

/** Reads the relay's standing: positions, the head, pending deliveries and dead letters. */
final class RelayQueryService implements RelayQueries {
    /** The most dead letters read at once. */
    static final int MAX_LIMIT = 500;

    private final RelayPorts ports;
    private final RelayAccess access;
    private final Supplier<Set<String>> active;

    RelayQueryService(RelayPorts ports, RelayAccess access, Supplier<Set<String>> active) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.active = checkNotNull(active, "active");
    }

    @Override
    public RelayOverview overview(Actor actor) {
        access.check(actor, Permission.VIEW_NOTIFICATIONS, "notification-relay");
        long head = ports.desk().events().head();
        Set<String> offered = active.get();
        return ports.desk().transactions().inTransaction(() -> {
            Map<String, Long> positions = ports.positions().all();
            Map<String, PendingDeliveries.Standing> standings = ports.deliveries().standings();
            Set<String> names = new TreeSet<>(positions.keySet());
            names.addAll(offered);
            List<SubscriberStanding> subscribers = new ArrayList<>();
            for (String name : names) {
                long position = positions.getOrDefault(name, head);
                PendingDeliveries.Standing standing = standings.getOrDefault(name,
                        new PendingDeliveries.Standing(0, 0, Optional.empty()));
                subscribers.add(new SubscriberStanding(name, offered.contains(name), position,
                        Math.max(0, head - position), standing.pending(), standing.dead(), standing.oldestSince()));
            }
            return new RelayOverview(head, subscribers);
        });
    }

    @Override
    public List<PendingDelivery> deadLetters(Actor actor, String subscriber, long afterPosition, int limit) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(afterPosition >= 0, "afterPosition %s is negative", afterPosition);
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not in 1..%s", limit, MAX_LIMIT);
        access.check(actor, Permission.VIEW_NOTIFICATIONS, subscriber);
        return ports.desk().transactions().inTransaction(
                () -> ports.deliveries().dead(subscriber, afterPosition, limit));
    }
}
