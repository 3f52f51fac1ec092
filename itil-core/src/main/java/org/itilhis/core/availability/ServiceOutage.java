package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;

/**
 * One stretch of time in which a business service was down, clipped to the measured period:
 * unplanned, or planned when only outages inside approved change windows brought it down.
 *
 * @param counted     the part of it inside the service's agreed time (its calendar)
 * @param causes      the item outages that brought the service down during it, by start (then reference)
 * @param maintenance the numbers of the changes whose windows made it planned, in order (empty when unplanned)
 */
public record ServiceOutage(Instant start, Instant end, boolean planned, Duration counted,
                            ImmutableList<Outage> causes, ImmutableList<String> maintenance) {
    public ServiceOutage {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(counted, "counted");
        causes = ImmutableList.copyOf(checkNotNull(causes, "causes"));
        maintenance = ImmutableList.copyOf(checkNotNull(maintenance, "maintenance"));
        checkArgument(start.isBefore(end), "service outage %s..%s does not end after it starts", start, end);
    }
}
