package org.itilhis.ports.archfixture;

import org.itilhis.ports.archfixture.cycle.PortsCycleB;

/** Planted violation: this package and {@code archfixture.cycle} depend on each other. */
public final class PortsCycleA {
    PortsCycleB other;
}
