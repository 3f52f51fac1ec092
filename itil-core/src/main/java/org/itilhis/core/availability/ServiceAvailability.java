package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * A business service's availability over {@code [from, to)}, measured in its calendar.
 *
 * @param calendar          the name of the calendar that gives the agreed service time
 * @param agreedTime        the service time the calendar agrees in the period
 * @param unplannedDowntime agreed time the service was down, not planned
 * @param plannedDowntime   agreed time it was down for planned maintenance only
 * @param degradedTime      agreed time it was degraded but up (not counted against it)
 * @param availability      percent of the agreed time not lost to unplanned downtime
 *                          ({@code 100} when no time was agreed)
 * @param outages           the unplanned service outages counted (with agreed time in them)
 * @param mtbf              mean time between failures: agreed time up divided by the outages
 * @param mtrs              mean time to restore service: unplanned downtime divided by the outages
 * @param longestOutage     the longest unplanned outage, in agreed time
 * @param target            the service's availability target, if it has one
 * @param targetMet         whether the availability reaches it, when there is one
 * @param explaining        every service outage (unplanned and planned) in the period, by start
 */
public record ServiceAvailability(CiId service, Instant from, Instant to, String calendar, Duration agreedTime,
                                  Duration unplannedDowntime, Duration plannedDowntime, Duration degradedTime,
                                  BigDecimal availability, int outages, Optional<Duration> mtbf,
                                  Optional<Duration> mtrs, Optional<Duration> longestOutage,
                                  Optional<AvailabilityTarget> target, Optional<Boolean> targetMet,
                                  ImmutableList<ServiceOutage> explaining) {
    public ServiceAvailability {
        checkNotNull(service, "service");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(calendar, "calendar");
        checkNotNull(agreedTime, "agreedTime");
        checkNotNull(unplannedDowntime, "unplannedDowntime");
        checkNotNull(plannedDowntime, "plannedDowntime");
        checkNotNull(degradedTime, "degradedTime");
        checkNotNull(availability, "availability");
        checkNotNull(mtbf, "mtbf");
        checkNotNull(mtrs, "mtrs");
        checkNotNull(longestOutage, "longestOutage");
        checkNotNull(target, "target");
        checkNotNull(targetMet, "targetMet");
        explaining = ImmutableList.copyOf(checkNotNull(explaining, "explaining"));
    }
}
