package org.itilhis.core.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Not a violation: the time comes from an injected {@link Clock}. The rules must stay quiet. */
public final class ClockInjectedPolicy {
    private final Clock clock;

    public ClockInjectedPolicy(Clock clock) {
        this.clock = clock;
    }

    public Instant deadline() {
        return Instant.now(clock).plusSeconds(3600);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
