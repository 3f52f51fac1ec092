package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.ShiftSets;

/** Each group's shift set in a map; writes are undone with their transaction. */
public final class InMemoryShiftSets implements ShiftSets {
    private final InMemoryTransactions transactions;
    private final Map<GroupId, GroupShifts> byGroup = new ConcurrentHashMap<>();

    public InMemoryShiftSets(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<GroupShifts> find(GroupId group) {
        checkNotNull(group, "group");
        return transactions.locked(() -> Optional.ofNullable(byGroup.get(group)));
    }

    @Override
    public List<GroupShifts> all() {
        return transactions.locked(() -> byGroup.values().stream()
                .sorted(Comparator.comparing(s -> s.group().value())).toList());
    }

    @Override
    public void save(GroupShifts shifts) {
        checkNotNull(shifts, "shifts");
        transactions.locked(() -> {
            GroupShifts stored = byGroup.get(shifts.group());
            long actual = stored == null ? 0 : stored.version();
            if (actual != shifts.version() - 1) {
                throw new VersionConflictException("shifts", shifts.group().toString(), shifts.version() - 1, actual);
            }
            byGroup.put(shifts.group(), shifts);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byGroup.remove(shifts.group());
                } else {
                    byGroup.put(shifts.group(), stored);
                }
            });
            return null;
        });
    }
}
