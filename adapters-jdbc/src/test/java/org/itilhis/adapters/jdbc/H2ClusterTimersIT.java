package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ClusterTimersBehaviour} on H2. */
class H2ClusterTimersIT extends ClusterTimersBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
