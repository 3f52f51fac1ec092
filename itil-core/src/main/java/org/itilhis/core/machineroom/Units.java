package org.itilhis.core.machineroom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Units compared as people write them (case and spaces do not matter: {@code °C}, {@code °c}), and the log's times. */
final class Units {
    private Units() {
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /** The log keeps its times to the microsecond, as the databases do, so that every store orders them alike. */
    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String normal(String unit) {
        return unit.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
