package org.itilhis.core.archfixture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Planted violation: {@code now(ZoneId)} and {@code Clock.systemUTC()} read the system clock too. */
public final class ZoneClockReadingPolicy {
    public LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    public Clock clock() {
        return Clock.systemUTC();
    }

    public long stamp() {
        return System.currentTimeMillis() + System.nanoTime();
    }
}
