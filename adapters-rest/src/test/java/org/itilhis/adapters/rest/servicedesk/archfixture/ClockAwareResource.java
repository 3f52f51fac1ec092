package org.itilhis.adapters.rest.servicedesk.archfixture;

import org.itilhis.adapters.rest.servicelevel.archfixture.StandInClockJson;

/** Planted violation: a service desk resource answering with service level management's JSON, above it. */
public final class ClockAwareResource {
    private ClockAwareResource() {
    }

    public static StandInClockJson clocks() {
        return null;
    }
}
