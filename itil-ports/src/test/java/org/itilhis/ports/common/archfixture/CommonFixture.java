package org.itilhis.ports.common.archfixture;

import org.itilhis.ports.servicedesk.archfixture.DeskFixture;

/** Planted violation: the shared package using a practice. */
public final class CommonFixture {
    private CommonFixture() {
    }

    public static DeskFixture desk() {
        return null;
    }
}
