package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Monitoring's correlation stores against the test kit's contracts, over H2. */
class H2CorrelationContractsIT extends CorrelationContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
