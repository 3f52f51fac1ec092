package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link AuditTrailBehaviour} on Postgresql. */
class PostgresqlAuditTrailIT extends AuditTrailBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
