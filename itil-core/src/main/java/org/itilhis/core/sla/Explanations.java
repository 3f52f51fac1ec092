package org.itilhis.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats durations and instants for explanations and printed reports, the same way everywhere. */
public final class Explanations {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Explanations() {
    }

    /** e.g. {@code 4h}, {@code 30m}, {@code 2h 30m 5s}, {@code 0s}; fractions of a second are dropped. */
    public static String duration(Duration d) {
        long seconds = d.getSeconds();
        StringBuilder text = new StringBuilder();
        append(text, seconds / 3600, "h");
        append(text, seconds % 3600 / 60, "m");
        append(text, seconds % 60, "s");
        return text.length() == 0 ? "0s" : text.toString();
    }

    /** The local date and time in {@code zone}, to the second. */
    public static String at(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            text.append(text.length() == 0 ? "" : " ").append(amount).append(unit);
        }
    }
}
