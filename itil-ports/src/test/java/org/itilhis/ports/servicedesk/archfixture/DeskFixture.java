package org.itilhis.ports.servicedesk.archfixture;

import org.itilhis.ports.configuration.archfixture.CmdbFixture;

/** Planted violation: the service desk reaching up into the CMDB practice. */
public final class DeskFixture {
    private DeskFixture() {
    }

    public static CmdbFixture itemOfTheCall() {
        return null;
    }
}
