package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ConcurrencyBehaviour} on H2. */
class H2ConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
