package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.ShiftSets;
import org.itilhis.testkit.contract.ShiftSetsContract;

class InMemoryShiftSetsTest implements ShiftSetsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryShiftSets store = new InMemoryShiftSets(transactions);

    @Override
    public ShiftSets shiftSets() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
