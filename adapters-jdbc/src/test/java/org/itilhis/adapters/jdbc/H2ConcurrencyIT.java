package org.itilhis.adapters.jdbc;

/** {@link ConcurrencyBehaviour} on H2. */
class H2ConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
