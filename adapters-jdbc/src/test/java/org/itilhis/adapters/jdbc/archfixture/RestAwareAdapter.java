package org.itilhis.adapters.jdbc.archfixture;

import org.itilhis.adapters.rest.archfixture.StandInRestAdapter;

/** Planted violation: one adapter reaching into the other. */
public final class RestAwareAdapter {
    private final StandInRestAdapter other = new StandInRestAdapter();

    public Object other() {
        return other;
    }
}
