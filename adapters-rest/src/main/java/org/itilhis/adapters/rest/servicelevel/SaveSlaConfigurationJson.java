package org.itilhis.adapters.rest.servicelevel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.servicelevel.SlaConfigurationJson.ServiceJson;
import org.itilhis.adapters.rest.servicelevel.SlaConfigurationJson.SlaJson;
import org.itilhis.adapters.rest.servicelevel.SlaConfigurationJson.TargetsJson;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.sla.ServiceCatalogue;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.core.sla.ServiceLevelAgreement;
import org.itilhis.core.sla.SlaTargets;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * {@code PUT /api/v1/sla/configuration}: the whole configuration as {@link SlaConfigurationJson}
 * shows it, without the version (that comes from {@code If-Match}) and with the reason for the
 * change. {@link #check} finds every field the core would refuse, so that each is named in the
 * reader's language before anything is built; the constraints on the records find the rest.
 *
 * @param categoryRules absent means no rules: every ticket belongs to the default service
 */
public record SaveSlaConfigurationJson(@NotEmpty @Valid List<ServiceJson> services, Map<String, String> categoryRules,
                                       @NotBlank String defaultService,
                                       @NotNull Map<ServiceCriticality, String> calendars,
                                       @NotBlank @Size(max = 500) String reason) {

    /**
     * Records in {@code fields} each value the core would refuse: durations that are not
     * positive whole seconds, priorities without targets, bad thresholds, duplicate services,
     * rules and defaults naming unknown services, malformed categories, criticalities without
     * a calendar and calendars not in {@code storedCalendars}. Missing values are left to the
     * constraints.
     */
    public void check(Set<String> storedCalendars, Fields fields) {
        Set<String> names = new HashSet<>();
        for (int i = 0; services != null && i < services.size(); i++) {
            checkService("services[" + i + "]", services.get(i), names, fields);
        }
        if (defaultService != null && !defaultService.isBlank()) {
            fields.check(names.contains(defaultService.strip()), "defaultService", "field.unknown-service",
                    defaultService.strip());
        }
        if (categoryRules != null) {
            categoryRules.forEach((category, service) -> {
                String field = "categoryRules[" + category + "]";
                fields.check(isCategory(category), field, "field.invalid-category");
                fields.check(service != null && names.contains(service.strip()), field, "field.unknown-service",
                        String.valueOf(service).strip());
            });
        }
        if (calendars != null) {
            Set<ServiceCriticality> missing = EnumSet.allOf(ServiceCriticality.class);
            missing.removeAll(calendars.keySet());
            fields.check(missing.isEmpty(), "calendars", "field.missing-criticalities", missing);
            calendars.forEach((criticality, name) -> fields.check(name != null && storedCalendars.contains(name),
                    "calendars[" + criticality + "]", "field.unknown-calendar", String.valueOf(name)));
        }
    }

    /**
     * The configuration at {@code version}, once {@link #check} and the constraints found nothing.
     *
     * @throws IllegalArgumentException if the core still refuses it
     */
    public SlaConfiguration configuration(long version) {
        Map<String, ServiceCatalogueEntry> entries = new LinkedHashMap<>();
        for (ServiceJson service : services) {
            ServiceCatalogueEntry entry = new ServiceCatalogueEntry(service.name(), service.criticality(),
                    sla(service.sla()));
            entries.put(entry.service(), entry);
        }
        Map<String, String> rules = new TreeMap<>();
        if (categoryRules != null) {
            categoryRules.forEach((category, service) -> rules.put(category, service.strip()));
        }
        ServiceCatalogue catalogue = new ServiceCatalogue(ImmutableMap.copyOf(entries),
                ImmutableSortedMap.copyOf(rules), defaultService.strip());
        return new SlaConfiguration(catalogue, ImmutableSortedMap.copyOf(calendars), version);
    }

    private static ServiceLevelAgreement sla(SlaJson sla) {
        ImmutableSortedMap.Builder<Priority, SlaTargets> targets = ImmutableSortedMap.naturalOrder();
        sla.targets().forEach((priority, t) -> targets.put(priority, targets(t)));
        return new ServiceLevelAgreement(sla.name(), targets.build(), ImmutableList.copyOf(sla.warningPercents()),
                sla.pausingReasons() == null ? ServiceLevelAgreement.DEFAULT_PAUSING_REASONS
                        : ImmutableSet.copyOf(sla.pausingReasons()));
    }

    /** The targets as sent; without {@code keepInLoop}, the core's default interval. */
    private static SlaTargets targets(TargetsJson targets) {
        Duration response = Duration.parse(targets.response());
        Duration resolution = Duration.parse(targets.resolution());
        return targets.keepInLoop() == null ? new SlaTargets(response, resolution)
                : new SlaTargets(response, resolution, Duration.parse(targets.keepInLoop()));
    }

    private static void checkService(String field, ServiceJson service, Set<String> names, Fields fields) {
        if (service == null) {
            fields.check(false, field, "field.required");
            return;
        }
        if (service.name() != null && !service.name().isBlank()) {
            fields.check(names.add(service.name().strip()), field + ".name", "field.duplicate-service");
        }
        SlaJson sla = service.sla();
        if (sla == null) {
            return;
        }
        if (sla.targets() != null) {
            Set<Priority> missing = EnumSet.allOf(Priority.class);
            missing.removeAll(sla.targets().keySet());
            fields.check(missing.isEmpty(), field + ".sla.targets", "field.missing-priorities", missing);
            sla.targets().forEach((priority, targets) -> checkTargets(field + ".sla.targets[" + priority + "]",
                    targets, fields));
        }
        if (sla.warningPercents() != null) {
            fields.check(increasingPercents(sla.warningPercents()), field + ".sla.warningPercents",
                    "field.invalid-warning-percents");
        }
        if (sla.pausingReasons() != null) {
            fields.check(!sla.pausingReasons().contains(null), field + ".sla.pausingReasons", "field.required");
        }
    }

    private static void checkTargets(String field, TargetsJson targets, Fields fields) {
        if (targets == null) {
            fields.check(false, field, "field.required");
            return;
        }
        fields.check(isTarget(targets.response()), field + ".response", "field.invalid-duration");
        fields.check(isTarget(targets.resolution()), field + ".resolution", "field.invalid-duration");
        fields.check(targets.keepInLoop() == null || isTarget(targets.keepInLoop()), field + ".keepInLoop",
                "field.invalid-duration");
    }

    private static boolean isTarget(String text) {
        if (text == null) {
            return false;
        }
        try {
            Duration duration = Duration.parse(text);
            return !duration.isNegative() && !duration.isZero() && duration.getNano() == 0;
        } catch (DateTimeParseException malformed) {
            return false;
        }
    }

    private static boolean increasingPercents(List<Integer> percents) {
        int previous = 0;
        for (Integer percent : percents) {
            if (percent == null || percent <= previous || percent >= 100) {
                return false;
            }
            previous = percent;
        }
        return true;
    }

    private static boolean isCategory(String category) {
        try {
            CategoryCode.of(category);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
