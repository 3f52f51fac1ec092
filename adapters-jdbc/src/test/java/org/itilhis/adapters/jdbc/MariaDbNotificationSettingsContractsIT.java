package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Who gets what's contracts of the test kit on the JDBC adapters over MariaDB. */
class MariaDbNotificationSettingsContractsIT extends NotificationSettingsContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
