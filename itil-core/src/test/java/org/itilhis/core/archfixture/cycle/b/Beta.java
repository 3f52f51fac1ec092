package org.itilhis.core.archfixture.cycle.b;

import org.itilhis.core.archfixture.cycle.a.Alpha;

/** Planted violation: the other half of the cycle started by {@link Alpha}. */
public final class Beta {
    Alpha alpha;
}
