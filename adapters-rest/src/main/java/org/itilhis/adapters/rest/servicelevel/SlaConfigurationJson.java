package org.itilhis.adapters.rest.servicelevel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.core.sla.ServiceLevelAgreement;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * {@code GET /api/v1/sla/configuration}: the service catalogue with each service's SLA, the
 * category rules that decide a ticket's service, and the calendar of each criticality, at
 * {@code version} (also the {@code ETag}). {@link SaveSlaConfigurationJson} has the same
 * fields, without the version and with a reason.
 *
 * @param categoryRules category code ({@code his.pharmacy}) to service name; the most specific rule wins
 * @param calendars     the name of the calendar each criticality's services are measured in
 */
public record SlaConfigurationJson(List<ServiceJson> services, Map<String, String> categoryRules,
                                   String defaultService, Map<ServiceCriticality, String> calendars, long version) {

    public static SlaConfigurationJson of(SlaConfiguration configuration) {
        Map<ServiceCriticality, String> calendars = new EnumMap<>(ServiceCriticality.class);
        calendars.putAll(configuration.calendars());
        return new SlaConfigurationJson(
                configuration.catalogue().services().values().stream().map(ServiceJson::of).toList(),
                new LinkedHashMap<>(configuration.catalogue().categoryRules()),
                configuration.catalogue().defaultService(), calendars, configuration.version());
    }

    /** The longest service name accepted, as the core and the storage allow. */
    public static final int MAX_SERVICE_NAME = 100;

    /** An IT service of the catalogue: its name (at most 100 characters), criticality for patient care, and SLA. */
    public record ServiceJson(@NotBlank @Size(max = MAX_SERVICE_NAME) String name,
                              @NotNull ServiceCriticality criticality, @NotNull @Valid SlaJson sla) {

        static ServiceJson of(ServiceCatalogueEntry entry) {
            return new ServiceJson(entry.service(), entry.criticality(), SlaJson.of(entry.sla()));
        }
    }

    /**
     * A service level agreement: targets for every priority, the warning thresholds
     * (percentages of a target, strictly increasing, between 0 and 100) and the hold reasons
     * that pause the resolution clock ({@code AWAITING_CALLER} and {@code AWAITING_VENDOR} when absent).
     */
    public record SlaJson(@NotBlank String name, @NotNull Map<Priority, TargetsJson> targets,
                          @NotNull List<Integer> warningPercents, List<HoldReason> pausingReasons) {

        static SlaJson of(ServiceLevelAgreement sla) {
            Map<Priority, TargetsJson> targets = new EnumMap<>(Priority.class);
            sla.targets().forEach((priority, t) -> targets.put(priority, new TargetsJson(t.response().toString(),
                    t.resolution().toString(), t.keepInLoop().toString())));
            return new SlaJson(sla.name(), targets, sla.warningPercents(),
                    sla.pausingReasons().stream().sorted().toList());
        }
    }

    /**
     * The targets of one priority in business time, ISO-8601 durations of whole seconds
     * ({@code PT15M}, {@code PT4H}).
     *
     * @param keepInLoop the longest the caller may go without an update; always shown, optional
     *                   when saving: absent means the core's default (a quarter of the resolution
     *                   target, never shorter than the response target)
     */
    public record TargetsJson(String response, String resolution, String keepInLoop) {
    }
}
