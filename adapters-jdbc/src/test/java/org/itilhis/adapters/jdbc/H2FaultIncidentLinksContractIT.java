package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The faults' incident links' contract on the JDBC adapter over H2. */
class H2FaultIncidentLinksContractIT extends FaultIncidentLinksContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
