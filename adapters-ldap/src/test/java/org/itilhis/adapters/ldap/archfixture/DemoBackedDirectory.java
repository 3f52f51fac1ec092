package org.itilhis.adapters.ldap.archfixture;

import org.itilhis.testkit.archfixture.StandInBuilder;

/** Planted violation: main code of an adapter using the test kit. */
public final class DemoBackedDirectory {
    public Object part() {
        return new StandInBuilder();
    }
}
