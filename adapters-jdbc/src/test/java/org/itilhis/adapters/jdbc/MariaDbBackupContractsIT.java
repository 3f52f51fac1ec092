package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.BackupJobRepositoryContract;
import org.itilhis.testkit.contract.BackupMissedRunsContract;
import org.itilhis.testkit.contract.BackupRunRepositoryContract;
import org.itilhis.testkit.contract.RestoreTestRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The backup records' contracts of the test kit, on the JDBC adapters over MariaDB. */
class MariaDbBackupContractsIT extends BackupContractIT implements BackupJobRepositoryContract, BackupRunRepositoryContract,
        BackupMissedRunsContract, RestoreTestRepositoryContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
