package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link AuditTrailBehaviour} on MariaDb. */
class MariaDbAuditTrailIT extends AuditTrailBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
