package org.itilhis.testkit.memory;

import org.itilhis.ports.change.out.ChangeAdvisoryBoards;
import org.itilhis.ports.change.out.ChangeTemplates;
import org.itilhis.ports.change.out.ChangeWindows;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.ChangeConfigurationContract;

class InMemoryChangeConfigurationTest implements ChangeConfigurationContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryChangeAdvisoryBoards boards = new InMemoryChangeAdvisoryBoards(transactions);
    private final InMemoryChangeTemplates templates = new InMemoryChangeTemplates(transactions);
    private final InMemoryChangeWindows windows = new InMemoryChangeWindows(transactions);

    @Override
    public ChangeAdvisoryBoards boards() {
        return boards;
    }

    @Override
    public ChangeTemplates templates() {
        return templates;
    }

    @Override
    public ChangeWindows windows() {
        return windows;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
