package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.availability.AvailabilityMeasurement;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.Outage;
import org.itilhis.core.availability.OutageSource;
import org.itilhis.core.availability.PlannedMaintenance;
import org.itilhis.core.availability.ReportPeriodException;
import org.itilhis.core.availability.ServiceAvailability;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.CalendarPolicy;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.ports.availability.in.AvailabilityReport;
import org.itilhis.ports.availability.in.AvailabilityReports;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * Implements {@link AvailabilityReports}: gathers the item outages of the period from every
 * source (the declared outages not withdrawn, referenced by their incident's number; the
 * outages monitoring saw, by their alert; the repairs' downtime, as the item down, by {@code
 * repair <id>}) and the approved change windows, reads the CMDB's current graph once, and lets
 * {@link AvailabilityMeasurement} propagate and measure them for each service in its calendar.
 * A service's calendar is the one the SLA configuration names for the criticality of the
 * catalogue entry its target names; without a target, for the item's own criticality; with no
 * SLA configuration stored, the hospital's default policy's.
 */
final class AvailabilityReportService implements AvailabilityReports {
    private final AvailabilityPorts ports;
    private final OutageSources sources;
    private final Supplier<CiGraph> graph;
    private final ServiceNames names;
    private final AvailabilityQueryService queries;

    AvailabilityReportService(AvailabilityPorts ports, OutageSources sources, Supplier<CiGraph> graph,
                              ServiceNames names, AvailabilityQueryService queries) {
        this.ports = checkNotNull(ports, "ports");
        this.sources = checkNotNull(sources, "sources");
        this.graph = checkNotNull(graph, "graph");
        this.names = checkNotNull(names, "names");
        this.queries = checkNotNull(queries, "queries");
    }

    @Override
    public AvailabilityReport report(Actor actor, Optional<CiId> service, Instant from, Instant to) {
        checkNotNull(service, "service");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        queries.authorise(actor);
        if (!from.isBefore(to) || from.plus(LONGEST_PERIOD).isBefore(to)) {
            throw new ReportPeriodException(from, to, LONGEST_PERIOD.toDays());
        }
        List<CiId> services = new ArrayList<>();
        if (service.isPresent()) {
            names.businessService(service.get());
            services.add(service.get());
        } else {
            ports.targets().all().forEach(target -> services.add(target.service()));
        }
        CiGraph current = graph.get();
        AvailabilityMeasurement measurement = AvailabilityMeasurement.of(current);
        List<Outage> outages = outages(from, to);
        List<PlannedMaintenance> planned = planned(from, to);
        Optional<SlaConfiguration> configuration = ports.serviceLevels().configuration();
        Instant now = ports.desk().clock().instant();
        List<AvailabilityReport.Line> lines = new ArrayList<>();
        for (CiId id : services) {
            if (!current.contains(id)) {
                continue; // a target of an item gone from the CMDB measures nothing
            }
            Optional<ServiceTarget> target = ports.targets().find(id);
            Optional<ServiceCatalogueEntry> entry = target.flatMap(t -> configuration
                    .flatMap(c -> c.catalogue().service(t.catalogueService())));
            ServiceCriticality criticality = entry.map(ServiceCatalogueEntry::criticality)
                    .orElse(current.item(id).criticality());
            BusinessCalendar calendar = calendar(configuration, criticality).calendarFor(from, now);
            ServiceAvailability measured = measurement.measure(id, calendar, from, to, outages, planned,
                    target.map(ServiceTarget::target));
            lines.add(new AvailabilityReport.Line(names.nameOf(id),
                    entry.map(ServiceCatalogueEntry::service).or(() -> target.map(ServiceTarget::catalogueService))
                            .orElse(""), measured));
        }
        lines.sort(Comparator.comparing(AvailabilityReport.Line::serviceName)
                .thenComparing(line -> line.availability().service().toString()));
        return new AvailabilityReport(from, to, ImmutableList.copyOf(lines));
    }

    /** Every item outage of the period, from the three sources. */
    private List<Outage> outages(Instant from, Instant to) {
        ImmutableList.Builder<Outage> all = ImmutableList.builder();
        ports.outages().overlapping(Set.of(), from, to).stream().map(DeclaredOutage::outage)
                .flatMap(Optional::stream).forEach(all::add);
        sources.observed().outages(Set.of(), from, to).forEach(seen -> all.add(new Outage(seen.ci(), seen.state(),
                seen.start(), seen.end(), OutageSource.MONITORING, seen.reference())));
        sources.repairs().downtime(Set.of(), from, to).forEach(down -> all.add(new Outage(down.ci(),
                OperationalState.DOWN, down.downtime().start(), down.downtime().end(), OutageSource.REPAIR,
                "repair " + down.repair())));
        return all.build();
    }

    private List<PlannedMaintenance> planned(Instant from, Instant to) {
        return sources.windows().windows(Set.of(), from, to).stream()
                .map(w -> new PlannedMaintenance(w.change().toString(), ImmutableSet.copyOf(w.cis()),
                        w.window().start(), w.window().end()))
                .toList();
    }

    private CalendarVersions calendar(Optional<SlaConfiguration> configuration, ServiceCriticality criticality) {
        return configuration.map(c -> c.calendars().get(criticality)).flatMap(ports.serviceLevels()::calendar)
                .orElseGet(() -> CalendarPolicy.hospitalDefault().calendarsFor(criticality));
    }
}
