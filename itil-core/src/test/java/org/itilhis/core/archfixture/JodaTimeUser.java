package org.itilhis.core.archfixture;

import org.joda.time.StandInForJodaTime;

/** Planted violation: depends on a class in {@code org.joda.time}. */
public final class JodaTimeUser {
    public Object when() {
        return new StandInForJodaTime();
    }
}
