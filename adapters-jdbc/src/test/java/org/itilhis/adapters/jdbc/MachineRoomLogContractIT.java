package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;
import org.itilhis.testkit.contract.MachineRoomLogRepositoryContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link MachineRoomLogRepositoryContract} on the JDBC adapter; a subclass names the database. */
abstract class MachineRoomLogContractIT extends DatabaseIT implements MachineRoomLogRepositoryContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public MachineRoomLogRepository entries() {
        return storage.machineRoom().entries();
    }
}
