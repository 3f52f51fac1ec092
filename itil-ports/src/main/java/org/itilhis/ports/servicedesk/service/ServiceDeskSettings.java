package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.ZoneId;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.routing.RoutingTable;

/**
 * The hospital's own rules for its service desk.
 *
 * @param quietPeriod how long a resolved ticket waits for the caller before it closes on its own
 * @param zone        the hospital's time zone; ticket number years follow it
 */
public record ServiceDeskSettings(PriorityPolicy priority, RoutingTable routing, AccessPolicy access,
                                  Duration quietPeriod, ZoneId zone) {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ServiceDeskSettings {
        checkNotNull(priority, "priority");
        checkNotNull(routing, "routing");
        checkNotNull(access, "access");
        checkNotNull(quietPeriod, "quietPeriod");
        checkNotNull(zone, "zone");
        checkArgument(!quietPeriod.isNegative(), "quiet period %s is negative", quietPeriod);
    }

    /** The default priority and access policies, three days' quiet period, Beijing time. */
    public static ServiceDeskSettings hospitalDefault(RoutingTable routing) {
        return new ServiceDeskSettings(PriorityPolicy.hospitalDefault(), routing, AccessPolicy.hospitalDefault(),
                Duration.ofDays(3), CHINA);
    }
}
