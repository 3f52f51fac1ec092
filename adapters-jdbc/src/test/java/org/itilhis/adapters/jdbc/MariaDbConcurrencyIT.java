package org.itilhis.adapters.jdbc;

/** {@link ConcurrencyBehaviour} on MariaDb. */
class MariaDbConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
