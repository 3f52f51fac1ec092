package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One period of a report, the half-open range {@code [from, to)} with a readable label such
 * as {@code 2026-03}, {@code 2026-W09} or {@code 2026-03-05}. A ticket belongs to the period
 * in which it was raised. The label is not blank and {@code from} is before {@code to}.
 */
public record ReportPeriod(String label, Instant from, Instant to) {
    public ReportPeriod {
        checkNotNull(label, "label");
        checkArgument(!label.isBlank(), "period label is blank");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "period %s: from %s is not before to %s", label, from, to);
    }

    /** Whether {@code instant} lies in {@code [from, to)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    @Override
    public String toString() {
        return label;
    }
}
