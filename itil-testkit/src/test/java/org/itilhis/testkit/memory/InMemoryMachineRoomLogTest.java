package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;
import org.itilhis.testkit.contract.MachineRoomLogRepositoryContract;

/** The reference adapter passes the contract. */
class InMemoryMachineRoomLogTest implements MachineRoomLogRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMachineRoomLog entries = new InMemoryMachineRoomLog(transactions);

    @Override
    public MachineRoomLogRepository entries() {
        return entries;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
