package org.itilhis.ports.availability.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;

/**
 * The availability report: for a business service (or every service with a target) over a
 * period, the item outages from every source (declared on incidents, seen by monitoring,
 * repair downtime) propagated to the service by the CMDB's impact rules on the current graph,
 * measured in the calendar of the catalogue entry its target names (without a target, the calendar
 * the SLA's policy gives the item's own criticality), planned maintenance inside
 * approved change windows kept apart. Needs {@code VIEW_AVAILABILITY}.
 */
public interface AvailabilityReports {
    /** The longest period one report covers. */
    Duration LONGEST_PERIOD = Duration.ofDays(366);

    /**
     * @param service the business service, or empty for every service with a target
     * @throws org.itilhis.core.availability.ReportPeriodException if {@code to} is not after
     *         {@code from} or the period is longer than {@link #LONGEST_PERIOD}
     * @throws org.itilhis.core.availability.UnknownOutageItemException if the service is not in the CMDB
     * @throws org.itilhis.core.availability.NotABusinessServiceException if it is no business service
     * @throws org.itilhis.core.access.NotPermittedException without VIEW_AVAILABILITY
     */
    AvailabilityReport report(Actor actor, Optional<CiId> service, Instant from, Instant to);
}
