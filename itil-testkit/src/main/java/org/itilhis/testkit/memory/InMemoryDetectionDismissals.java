package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itilhis.core.problem.detection.Dismissal;
import org.itilhis.ports.problem.out.DetectionDismissals;

/** Dismissals in a list, undone with the transaction that recorded them, listed by their instants. */
public final class InMemoryDetectionDismissals implements DetectionDismissals {
    private final InMemoryTransactions transactions;
    private final List<Dismissal> dismissals = new ArrayList<>();

    public InMemoryDetectionDismissals(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void record(Dismissal dismissal) {
        checkNotNull(dismissal, "dismissal");
        transactions.locked(() -> {
            dismissals.add(dismissal);
            transactions.onRollback(() -> dismissals.remove(dismissals.size() - 1));
            return null;
        });
    }

    @Override
    public List<Dismissal> list() {
        return transactions.locked(() -> dismissals.stream().sorted(Comparator.comparing(Dismissal::at)).toList());
    }
}
