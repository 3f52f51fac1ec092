package org.itilhis.ports.monitoring.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.core.monitoring.CiStateEvent;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.StoredAlert;

/**
 * Keeps the items' observed states while a batch is correlated: each delivery newer than its
 * alert's standing replaces it ({@link AlertStanding#isSupersededBy}); the item's state becomes
 * the worst of its firing alerts, and each change ends the item's current period, begins the
 * next, and is logged as {@code monitoring.ci-state-changed}. An item's firing alerts are read
 * once per batch and then kept here (its current state too), so a storm on one item reads the store once.
 */
final class ObservedStateKeeper {
    private final CorrelationPorts ports;
    private final Map<CiId, Map<String, AlertStanding>> firing = new HashMap<>();
    private final Map<CiId, Optional<CiStateNow>> current = new HashMap<>();
    private final Set<Long> counted = new HashSet<>();
    private int changes;

    ObservedStateKeeper(CorrelationPorts ports) {
        this.ports = ports;
    }

    /** Applies the delivery to its alert's standing and its item's state, unless an older one. */
    void apply(StoredAlert stored) {
        CiId ci = stored.ci().orElseThrow();
        var alert = stored.alert();
        Optional<AlertStanding> before = ports.states().standing(alert.source(), alert.fingerprint());
        if (before.isPresent() && !before.get().isSupersededBy(alert)) {
            return; // an older delivery arriving late changes nothing
        }
        counted.add(stored.position());
        AlertStanding now = AlertStanding.of(alert, ci, stored.position());
        ports.states().stand(now);
        String key = alert.source() + "\u0000" + alert.fingerprint();
        before.filter(b -> !b.ci().equals(ci)).ifPresent(moved -> {
            firingOn(moved.ci()).remove(key);
            settle(moved.ci(), now.at(), CorrelationBatch.reference(stored));
        });
        if (now.firing()) {
            firingOn(ci).put(key, now);
        } else {
            firingOn(ci).remove(key);
        }
        settle(ci, now.at(), CorrelationBatch.reference(stored));
    }

    /** Whether the delivery counted (it was not older than its alert's standing). */
    boolean counted(StoredAlert stored) {
        return counted.contains(stored.position());
    }

    int changes() {
        return changes;
    }

    private Map<String, AlertStanding> firingOn(CiId ci) {
        return firing.computeIfAbsent(ci, id -> {
            Map<String, AlertStanding> byKey = new HashMap<>();
            ports.states().firingOn(id).forEach(s -> byKey.put(s.source() + "\u0000" + s.fingerprint(), s));
            return byKey;
        });
    }

    private void settle(CiId ci, Instant at, String reference) {
        OperationalState state = AlertStanding.stateOf(firingOn(ci).values());
        Optional<CiStateNow> current = this.current.computeIfAbsent(ci, ports.states()::current);
        OperationalState was = current.map(CiStateNow::state).orElse(OperationalState.OPERATIONAL);
        if (state == was) {
            return;
        }
        // a period never ends before it began, whatever order the source's clocks say
        Instant since = current.map(c -> c.since().isAfter(at) ? c.since() : at).orElse(at);
        ports.states().change(ci, state, since, reference);
        this.current.put(ci, state == OperationalState.OPERATIONAL ? Optional.empty()
                : Optional.of(new CiStateNow(ci, state, since, reference)));
        ports.cmdb().desk().events().append(List.of(new CiStateEvent.CiStateChanged(ci, was, state, since, reference,
                Actor.SYSTEM_ID, ports.cmdb().desk().clock().instant())));
        changes++;
    }
}
