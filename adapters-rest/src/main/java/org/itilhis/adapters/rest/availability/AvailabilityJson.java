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
    public record SetTargetJson(String catalogueService, BigDecimal percent) {
    }

    /** An outage declared on an incident; {@code withdrawal} is the reason it was withdrawn for, when it was. */
    public record OutageJson(String id, String incident, String incidentNumber, String ci, OperationalState state,
                             Instant start, Instant end, String note, String declaredBy, Instant declaredAt,
                             boolean withdrawn, String withdrawal, long version) {
        static OutageJson of(DeclaredOutageView view) {
            DeclaredOutageSnapshot o = view.outage();
            return new OutageJson(o.id().toString(), o.incident().toString(), o.incidentNumber().toString(),
                    o.ci().toString(), o.state(), o.start(), o.end().orElse(null), o.note(), o.declaredBy().value(),
                    o.declaredAt(), o.withdrawal().isPresent(), o.withdrawal().orElse(null), o.version());
        }
    }

    public record OutagesJson(List<OutageJson> outages) {
    }

    /** A business service's target: its percent and the catalogue service whose calendar measures it. */
    public record TargetJson(String service, String serviceName, String catalogueService, BigDecimal percent,
                             String setBy, Instant setAt, long version) {
        static TargetJson of(ServiceTargetView view) {
            ServiceTargetSnapshot t = view.target();
            return new TargetJson(t.service().toString(), view.serviceName(), t.catalogueService(),
                    t.target().percent(), t.setBy().value(), t.setAt(), t.version());
        }
    }

    public record TargetsJson(List<TargetJson> targets) {
    }

    /** {@code GET /api/v1/reports/availability}: one entry per service. */
    public record ReportJson(Instant from, Instant to, List<ServiceReportJson> services) {
        static ReportJson of(AvailabilityReport report) {
            return new ReportJson(report.from(), report.to(), report.services().stream().map(ServiceReportJson::of)
                    .toList());
        }
    }

    /**
     * One service's figures over the period, in its calendar's agreed time: availability,
     * unplanned outages with MTBF, MTRS and the longest, planned downtime apart, degraded time,
     * the target and whether it was met, and the outages that explain them.
     */
    public record ServiceReportJson(String service, String serviceName, String catalogueService, String calendar,
                                    Duration agreedTime, BigDecimal availability, int outages,
                                    Duration unplannedDowntime, Duration plannedDowntime, Duration degradedTime,
                                    Duration mtbf, Duration mtrs, Duration longestOutage, BigDecimal target,
                                    Boolean targetMet, List<ServiceOutageJson> explaining) {
        static ServiceReportJson of(AvailabilityReport.Line line) {
            ServiceAvailability a = line.availability();
            return new ServiceReportJson(a.service().toString(), line.serviceName(),
                    line.catalogueService().isEmpty() ? null : line.catalogueService(), a.calendar(), a.agreedTime(),
                    a.availability(), a.outages(), a.unplannedDowntime(), a.plannedDowntime(), a.degradedTime(),
                    a.mtbf().orElse(null), a.mtrs().orElse(null), a.longestOutage().orElse(null),
                    a.target().map(t -> t.percent()).orElse(null), a.targetMet().orElse(null),
                    a.explaining().stream().map(ServiceOutageJson::of).toList());
        }
    }

    /** A stretch the service was down: planned (with the changes' numbers) or not, and the item outages behind it. */
    public record ServiceOutageJson(Instant start, Instant end, boolean planned, Duration counted,
                                    List<CauseJson> causes, List<String> changes) {
        static ServiceOutageJson of(ServiceOutage outage) {
            return new ServiceOutageJson(outage.start(), outage.end(), outage.planned(), outage.counted(),
                    outage.causes().stream().map(CauseJson::of).toList(), outage.maintenance());
        }
    }

    /**
     * An item outage: the item, its state, its times, where it is known from and the record that
     * says so ({@code INC-2026-000123}, {@code alert 5521 HostDown}, {@code repair <id>}).
     */
    public record CauseJson(String ci, OperationalState state, Instant start, Instant end, OutageSource source,
                            String reference) {
        static CauseJson of(Outage outage) {
            return new CauseJson(outage.ci().toString(), outage.state(), outage.start(), outage.end().orElse(null),
                    outage.source(), outage.reference());
        }
    }
}
