package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Who gets what's contracts of the test kit on the JDBC adapters over H2. */
class H2NotificationSettingsContractsIT extends NotificationSettingsContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
