package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link StorageBehaviour} on H2. */
class H2StorageIT extends StorageBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
