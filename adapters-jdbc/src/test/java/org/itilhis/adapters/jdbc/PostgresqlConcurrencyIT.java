package org.itilhis.adapters.jdbc;

/** {@link ConcurrencyBehaviour} on Postgresql. */
class PostgresqlConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
