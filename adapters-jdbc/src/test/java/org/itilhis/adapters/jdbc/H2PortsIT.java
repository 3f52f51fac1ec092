package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link PortBehaviour} on H2. */
class H2PortsIT extends PortBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
