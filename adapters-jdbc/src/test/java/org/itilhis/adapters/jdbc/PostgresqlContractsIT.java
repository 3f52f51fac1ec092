package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.ContactRepositoryContract;
import org.itilhis.testkit.contract.EscalationLogContract;
import org.itilhis.testkit.contract.EventLogContract;
import org.itilhis.testkit.contract.PersonalDataReadsContract;
import org.itilhis.testkit.contract.IdempotencyStoreContract;
import org.itilhis.testkit.contract.SlaConfigurationRepositoryContract;
import org.itilhis.testkit.contract.SlaStandingsContract;
import org.itilhis.testkit.contract.SlaWatchListContract;
import org.itilhis.testkit.contract.TicketNumberSequenceContract;
import org.itilhis.testkit.contract.TicketRepositoryContract;
import org.itilhis.testkit.contract.TransactionsContract;
import org.itilhis.testkit.database.DatabaseServer;

/**
 * Every contract of the test kit but the CMDB's ({@link PostgresqlCmdbContractsIT}) and problem management's
 * ({@link PostgresqlProblemContractsIT}), on the JDBC
 * adapters over Postgresql.
 */
class PostgresqlContractsIT extends ContractIT implements TicketRepositoryContract, ContactRepositoryContract,
        TicketNumberSequenceContract, EventLogContract, TransactionsContract, IdempotencyStoreContract,
        SlaConfigurationRepositoryContract, SlaWatchListContract, SlaStandingsContract, EscalationLogContract,
        PersonalDataReadsContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
