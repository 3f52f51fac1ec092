package org.itilhis.adapters.rest.archfixture;

import org.itilhis.core.shared.StaffId;

/** Not a violation: an adapter that uses the core (and would use the ports). */
public final class WellBehavedAdapter {
    public StaffId staff(String value) {
        return StaffId.of(value);
    }
}
