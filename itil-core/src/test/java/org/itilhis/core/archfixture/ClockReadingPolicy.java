package org.itilhis.core.archfixture;

import java.sql.Timestamp;
import java.time.Instant;

/** Planted violation: reads the system clock and leaks a JDBC type into the domain. */
public final class ClockReadingPolicy {
    public Timestamp deadline() {
        return Timestamp.from(Instant.now().plusSeconds(3600));
    }
}
