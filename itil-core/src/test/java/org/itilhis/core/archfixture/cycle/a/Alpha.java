package org.itilhis.core.archfixture.cycle.a;

import org.itilhis.core.archfixture.cycle.b.Beta;

/** Planted violation: package {@code cycle.a} and package {@code cycle.b} depend on each other. */
public final class Alpha {
    Beta beta;
}
