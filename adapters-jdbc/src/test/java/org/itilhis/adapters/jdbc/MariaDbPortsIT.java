package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link PortBehaviour} on MariaDb. */
class MariaDbPortsIT extends PortBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
