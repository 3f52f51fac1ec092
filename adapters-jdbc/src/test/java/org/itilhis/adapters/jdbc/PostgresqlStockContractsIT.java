package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.StockBalancesContract;
import org.itilhis.testkit.contract.StockCatalogueContract;
import org.itilhis.testkit.contract.StockMovementsContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The stock's contracts of the test kit, and the database's guard of the last unit, on the JDBC adapters over PostgreSQL. */
class PostgresqlStockContractsIT extends StockContractIT implements StockCatalogueContract, StockBalancesContract,
        StockMovementsContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
