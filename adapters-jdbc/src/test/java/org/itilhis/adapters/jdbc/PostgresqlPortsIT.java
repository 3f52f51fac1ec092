package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link PortBehaviour} on Postgresql. */
class PostgresqlPortsIT extends PortBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
