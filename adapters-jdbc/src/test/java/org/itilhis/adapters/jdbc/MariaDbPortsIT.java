package org.itilhis.adapters.jdbc;

/** {@link PortBehaviour} on MariaDb. */
class MariaDbPortsIT extends PortBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
