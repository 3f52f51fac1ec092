package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ConcurrencyBehaviour} on Postgresql. */
class PostgresqlConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
