package org.itilhis.core.machineroom;

import java.util.Locale;

/** Units compared as people write them: case and spaces do not matter ({@code °C}, {@code °c}, {@code % RH}). */
final class Units {
    private Units() {
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    static String normal(String unit) {
        return unit.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
