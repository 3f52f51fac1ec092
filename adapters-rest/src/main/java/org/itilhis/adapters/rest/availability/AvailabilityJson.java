package org.itilhis.adapters.rest.availability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.availability.DeclaredOutageSnapshot;
import org.itilhis.core.availability.Outage;
import org.itilhis.core.availability.OutageSource;
import org.itilhis.core.availability.ServiceAvailability;
import org.itilhis.core.availability.ServiceOutage;
import org.itilhis.core.availability.ServiceTargetSnapshot;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.ports.availability.in.AvailabilityReport;
import org.itilhis.ports.availability.in.DeclaredOutageView;
import org.itilhis.ports.availability.in.ServiceTargetView;

/**
 * Availability as the API shows and takes it: declared outages, targets and the report.
 * Durations are ISO-8601 ({@code PT1H30M}); percentages are numbers ({@code 99.9}).
 */
public final class AvailabilityJson {
    private AvailabilityJson() {
    }

    /** {@code POST /api/v1/outages}: {@code ci} was {@code state} from {@code start} to {@code end} (absent: still out). */
    public record DeclareOutageJson(String incident, String ci, OperationalState state, String start, String end,
                                    String note) {
    }

    /** {@code POST /api/v1/outages/{id}/end}. */
    public record EndOutageJson(String end) {
    }

    /** {@code POST /api/v1/outages/{id}/correct}: the right state and times, and why. */
    public record CorrectOutageJson(OperationalState state, String start, String end, String reason) {
    }

    /** {@code POST /api/v1/outages/{id}/withdraw}: why it was declared in error. */
    public record WithdrawOutageJson(String reason) {
    }

    /** {@code PUT /api/v1/availability-targets/{service}}. */
    public record SetAvailabilityTargetJson(String catalogueService, BigDecimal percent) {
    }

    /** An outage declared on an incident; {@code withdrawal} is the reason it was withdrawn for, when it was. */
    public record DeclaredOutageJson(String id, String incident, String incidentNumber, String ci, OperationalState state,
                             Instant start, Instant end, String note, String declaredBy, Instant declaredAt,
                             boolean withdrawn, String withdrawal, long version) {
        static DeclaredOutageJson of(DeclaredOutageView view) {
            DeclaredOutageSnapshot o = view.outage();
            return new DeclaredOutageJson(o.id().toString(), o.incident().toString(), o.incidentNumber().toString(),
                    o.ci().toString(), o.state(), o.start(), o.end().orElse(null), o.note(), o.declaredBy().value(),
                    o.declaredAt(), o.withdrawal().isPresent(), o.withdrawal().orElse(null), o.version());
        }
    }

    public record DeclaredOutagesJson(List<DeclaredOutageJson> outages) {
    }

    /** A business service's target: its percent and the catalogue service whose calendar measures it. */
    public record AvailabilityTargetJson(String service, String serviceName, String catalogueService, BigDecimal percent,
                             String setBy, Instant setAt, long version) {
        static AvailabilityTargetJson of(ServiceTargetView view) {
            ServiceTargetSnapshot t = view.target();
            return new AvailabilityTargetJson(t.service().toString(), view.serviceName(), t.catalogueService(),
                    t.target().percent(), t.setBy().value(), t.setAt(), t.version());
        }
    }

    public record AvailabilityTargetsJson(List<AvailabilityTargetJson> targets) {
    }

    /** {@code GET /api/v1/reports/availability}: one entry per service. */
    public record AvailabilityReportJson(Instant from, Instant to, List<ServiceAvailabilityJson> services) {
        static AvailabilityReportJson of(AvailabilityReport report) {
            return new AvailabilityReportJson(report.from(), report.to(), report.services().stream().map(ServiceAvailabilityJson::of)
                    .toList());
        }
    }

    /**
     * One service's figures over the period, in its calendar's agreed time: availability,
     * unplanned outages with MTBF, MTRS and the longest, planned downtime apart, degraded time,
     * the target and whether it was met, and the outages that explain them.
     */
    public record ServiceAvailabilityJson(String service, String serviceName, String catalogueService, String calendar,
                                    String agreedTime, BigDecimal availability, int outages,
                                    String unplannedDowntime, String plannedDowntime, String degradedTime,
                                    String mtbf, String mtrs, String longestOutage, BigDecimal target,
                                    Boolean targetMet, List<ServiceOutageJson> explaining) {
        static ServiceAvailabilityJson of(AvailabilityReport.Line line) {
            ServiceAvailability a = line.availability();
            return new ServiceAvailabilityJson(a.service().toString(), line.serviceName(),
                    line.catalogueService().isEmpty() ? null : line.catalogueService(), a.calendar(), iso(a.agreedTime()),
                    a.availability(), a.outages(), iso(a.unplannedDowntime()), iso(a.plannedDowntime()),
                    iso(a.degradedTime()), a.mtbf().map(AvailabilityJson::iso).orElse(null),
                    a.mtrs().map(AvailabilityJson::iso).orElse(null),
                    a.longestOutage().map(AvailabilityJson::iso).orElse(null),
                    a.target().map(t -> t.percent()).orElse(null), a.targetMet().orElse(null),
                    a.explaining().stream().map(ServiceOutageJson::of).toList());
        }
    }

    /** A stretch the service was down: planned (with the changes' numbers) or not, and the item outages behind it. */
    public record ServiceOutageJson(Instant start, Instant end, boolean planned, String counted,
                                    List<OutageCauseJson> causes, List<String> changes) {
        static ServiceOutageJson of(ServiceOutage outage) {
            return new ServiceOutageJson(outage.start(), outage.end(), outage.planned(), iso(outage.counted()),
                    outage.causes().stream().map(OutageCauseJson::of).toList(), outage.maintenance());
        }
    }

    /**
     * An item outage: the item, its state, its times, where it is known from and the record that
     * says so ({@code INC-2026-000123}, {@code alert 5521 HostDown}, {@code repair <id>}).
     */
    public record OutageCauseJson(String ci, OperationalState state, Instant start, Instant end, OutageSource source,
                            String reference) {
        static OutageCauseJson of(Outage outage) {
            return new OutageCauseJson(outage.ci().toString(), outage.state(), outage.start(), outage.end().orElse(null),
                    outage.source(), outage.reference());
        }
    }

    /** A duration as ISO-8601 text ({@code PT1H30M}). */
    static String iso(Duration duration) {
        return duration.toString();
    }
}
