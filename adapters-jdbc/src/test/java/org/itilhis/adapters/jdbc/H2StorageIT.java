package org.itilhis.adapters.jdbc;

/** {@link StorageBehaviour} on H2. */
class H2StorageIT extends StorageBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
