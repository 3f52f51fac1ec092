package org.itilhis.core.workload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.ticket.WorkLogEntry;

/**
 * A stretch of time an engineer worked, from a work log entry: the entry's {@code minutes}
 * ending at its {@code at} (an engineer logs what they have just done). An entry is reported in
 * the period of the day its {@code at} falls on, in full, and split in full (also the part
 * before that day's midnight); so a period's worked time is the sum of its entries' minutes.
 */
public record WorkedInterval(Instant start, Instant end) {
    public WorkedInterval {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(end.isAfter(start), "worked interval %s..%s ends before it starts", start, end);
    }

    public static WorkedInterval of(WorkLogEntry entry) {
        return new WorkedInterval(entry.at().minus(Duration.ofMinutes(entry.minutes())), entry.at());
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
