package org.itilhis.adapters.jdbc.servicelevel.archfixture;

import org.itilhis.adapters.jdbc.configuration.archfixture.StandInItemStore;

/** Planted violation: a service level store using the CMDB practice's store, beside it. */
public final class CmdbAwareStore {
    private CmdbAwareStore() {
    }

    public static StandInItemStore items() {
        return null;
    }
}
