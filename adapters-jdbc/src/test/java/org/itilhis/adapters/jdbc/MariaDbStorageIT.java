package org.itilhis.adapters.jdbc;

/** {@link StorageBehaviour} on MariaDb. */
class MariaDbStorageIT extends StorageBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
