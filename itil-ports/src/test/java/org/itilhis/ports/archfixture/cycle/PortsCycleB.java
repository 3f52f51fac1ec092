package org.itilhis.ports.archfixture.cycle;

import org.itilhis.ports.archfixture.PortsCycleA;

/** Planted violation: the other half of the cycle started by {@link PortsCycleA}. */
public final class PortsCycleB {
    PortsCycleA other;
}
