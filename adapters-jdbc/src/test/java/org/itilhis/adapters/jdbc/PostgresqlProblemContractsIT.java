package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.DetectionDismissalsContract;
import org.itilhis.testkit.contract.ProblemNumberSequenceContract;
import org.itilhis.testkit.contract.ProblemRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** Problem management's contracts of the test kit, on the JDBC adapters over PostgreSQL. */
class PostgresqlProblemContractsIT extends ProblemContractIT implements ProblemRepositoryContract,
        ProblemNumberSequenceContract, DetectionDismissalsContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
