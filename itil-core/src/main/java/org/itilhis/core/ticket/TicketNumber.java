package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number people read out on the phone: {@code INC-2026-000042}. Unique per ticket type
 * and year; the sequence restarts each year. Numbers may have gaps (a rolled-back
 * transaction consumes one) but never repeat.
 */
public record TicketNumber(TicketType type, int year, long sequence) {
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{4})-(\\d{6,})");

    public TicketNumber {
        checkNotNull(type, "type");
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        checkArgument(sequence >= 1, "sequence %s must be positive", sequence);
    }

    public static TicketNumber of(TicketType type, int year, long sequence) {
        return new TicketNumber(type, year, sequence);
    }

    public static TicketNumber parse(String text) {
        Matcher m = FORMAT.matcher(checkNotNull(text, "text").strip());
        checkArgument(m.matches(), "%s is not a ticket number like INC-2026-000042", text);
        return new TicketNumber(TicketType.ofPrefix(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", type.prefix(), year, sequence);
    }
}
