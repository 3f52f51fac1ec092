package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.CiStates;

/**
 * The items' observed states in maps: the standings by alert, the current states by item (in
 * id order, as the store pages them) and the periods in a list; every write is undone with its
 * transaction.
 */
public final class InMemoryCiStates implements CiStates {
    private final InMemoryTransactions transactions;
    private final Map<List<String>, AlertStanding> standings = new HashMap<>();
    private final TreeMap<String, CiStateNow> current = new TreeMap<>();
    private final List<ObservedOutage> periods = new ArrayList<>();

    public InMemoryCiStates(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<AlertStanding> standing(String source, String fingerprint) {
        return transactions.locked(() -> Optional.ofNullable(standings.get(List.of(source, fingerprint))));
    }

    @Override
    public void stand(AlertStanding standing) {
        checkNotNull(standing, "standing");
        List<String> key = List.of(standing.source(), standing.fingerprint());
        transactions.locked(() -> {
            AlertStanding before = standings.put(key, standing);
            transactions.onRollback(() -> {
                if (before == null) {
                    standings.remove(key);
                } else {
                    standings.put(key, before);
                }
            });
            return null;
        });
    }

    @Override
    public List<AlertStanding> firingOn(CiId ci) {
        checkNotNull(ci, "ci");
        return transactions.locked(() -> standings.values().stream().filter(s -> s.ci().equals(ci) && s.firing())
                .sorted(Comparator.comparing(AlertStanding::source).thenComparing(AlertStanding::fingerprint))
                .toList());
    }

    @Override
    public Optional<CiStateNow> current(CiId ci) {
        checkNotNull(ci, "ci");
        return transactions.locked(() -> Optional.ofNullable(current.get(ci.toString())));
    }

    @Override
    public void change(CiId ci, OperationalState state, Instant at, String reference) {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(at, "at");
        checkNotNull(reference, "reference");
        transactions.locked(() -> {
            CiStateNow before = current.get(ci.toString());
            List<ObservedOutage> periodsBefore = List.copyOf(periods);
            for (int i = 0; i < periods.size(); i++) {
                ObservedOutage period = periods.get(i);
                if (period.ci().equals(ci) && period.end().isEmpty()) {
                    periods.set(i, new ObservedOutage(ci, period.state(), period.start(), Optional.of(at),
                            period.reference()));
                }
            }
            if (state == OperationalState.OPERATIONAL) {
                current.remove(ci.toString());
            } else {
                current.put(ci.toString(), new CiStateNow(ci, state, at, reference));
                periods.add(new ObservedOutage(ci, state, at, Optional.empty(), reference));
            }
            transactions.onRollback(() -> {
                periods.clear();
                periods.addAll(periodsBefore);
                if (before == null) {
                    current.remove(ci.toString());
                } else {
                    current.put(ci.toString(), before);
                }
            });
            return null;
        });
    }

    @Override
    public List<CiStateNow> notOperational(Optional<CiId> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.locked(() -> (after.isPresent() ? current.tailMap(after.get().toString(), false) : current)
                .values().stream().limit(limit).toList());
    }

    @Override
    public List<ObservedOutage> periods(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "from %s is not before to %s", from, to);
        return transactions.locked(() -> periods.stream()
                .filter(p -> cis.isEmpty() || cis.contains(p.ci()))
                .filter(p -> p.start().isBefore(to) && p.end().map(end -> end.isAfter(from)).orElse(true))
                .sorted(Comparator.comparing((ObservedOutage p) -> p.ci().toString())
                        .thenComparing(ObservedOutage::start))
                .toList());
    }
}
