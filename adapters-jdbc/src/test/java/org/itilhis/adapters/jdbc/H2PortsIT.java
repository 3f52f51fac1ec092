package org.itilhis.adapters.jdbc;

/** {@link PortBehaviour} on H2. */
class H2PortsIT extends PortBehaviour {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
