package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;

/**
 * Measures a business service's availability on a {@link CiGraph}: the item outages are laid
 * on a timeline, the service's state in each stretch of it is what the CMDB's impact analysis
 * says of the items out then (redundancy rules included), and the down stretches are measured
 * in the service's calendar.
 */
public final class AvailabilityMeasurement {
    private final CiGraph graph;

    private AvailabilityMeasurement(CiGraph graph) {
        this.graph = checkNotNull(graph, "graph");
    }

    public static AvailabilityMeasurement of(CiGraph graph) {
        return new AvailabilityMeasurement(graph);
    }

    /**
     * The availability of {@code service} over {@code [from, to)}.
     *
     * @param outages  item outages (of any items; those not reaching the service change nothing),
     *                 open ones running to {@code to}
     * @param planned  approved change windows: an item outage inside one on that item is planned
     */
    public ServiceAvailability measure(CiId service, BusinessCalendar calendar, Instant from, Instant to,
                                       Collection<Outage> outages, Collection<PlannedMaintenance> planned,
                                       Optional<AvailabilityTarget> target) {
        // TODO issue 20: built on the availability branch
        throw new UnsupportedOperationException("availability measurement is being built");
    }
}
