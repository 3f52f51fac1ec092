package org.itilhis.adapters.jdbc;

/** {@link PortBehaviour} on Postgresql. */
class PostgresqlPortsIT extends PortBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
