package org.itilhis.adapters.jdbc;

/** {@link StorageBehaviour} on Postgresql. */
class PostgresqlStorageIT extends StorageBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
