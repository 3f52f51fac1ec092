package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The faults' incident links' contract on the JDBC adapter over PostgreSQL. */
class PostgresqlFaultIncidentLinksContractIT extends FaultIncidentLinksContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
