package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Change management's service on the JDBC stores over H2. */
class H2ChangeManagementIT extends ChangeManagementBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
