package org.itilhis.ports.servicelevel.archfixture;

import org.itilhis.ports.configuration.archfixture.CmdbFixture;
import org.itilhis.ports.servicedesk.archfixture.DeskFixture;

/**
 * Service level management using the service desk (allowed: it is below) and the CMDB
 * (planted violation: a practice beside it).
 */
public final class LevelFixture {
    private LevelFixture() {
    }

    public static DeskFixture desk() {
        return null;
    }

    public static CmdbFixture itemOfTheTicket() {
        return null;
    }
}
