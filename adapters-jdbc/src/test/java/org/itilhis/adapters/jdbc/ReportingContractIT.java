package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.junit.jupiter.api.BeforeEach;

/** As {@link ContractIT}, for the reporting practice's contract: the workload facts. */
abstract class ReportingContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public WorkloadFacts facts() {
        return storage.reporting().workload();
    }
}
