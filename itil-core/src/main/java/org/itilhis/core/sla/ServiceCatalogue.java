package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.routing.CategoryCode;

/**
 * The hospital's service catalogue as SLA measurement needs it: every IT service with its
 * criticality and SLA, and which service a ticket is about, decided by the ticket's
 * category. A rule for {@code his} covers {@code his.outpatient-registration}; the most
 * specific rule wins, and a ticket no rule covers belongs to the default service.
 *
 * <p>Invariants, checked when built ({@link IllegalArgumentException} otherwise): at least
 * one service, unique service names, the default service and every rule's service are in
 * the catalogue. Immutable; the {@code with...} methods return a new catalogue.
 *
 * @param services        by service name
 * @param categoryRules   category to service name
 * @param defaultService  the service of tickets no rule covers
 */
public record ServiceCatalogue(ImmutableMap<String, ServiceCatalogueEntry> services,
                               ImmutableSortedMap<String, String> categoryRules, String defaultService) {
    public ServiceCatalogue {
        checkNotNull(services, "services");
        checkNotNull(categoryRules, "categoryRules");
        checkNotNull(defaultService, "defaultService");
        checkArgument(!services.isEmpty(), "the service catalogue lists no service");
        services.forEach((name, entry) -> checkArgument(name.equals(entry.service()),
                "service '%s' is listed under the name '%s'", entry.service(), name));
        checkArgument(services.containsKey(defaultService), "default service '%s' is not in the catalogue",
                defaultService);
        categoryRules.forEach((category, service) -> {
            CategoryCode.of(category);
            checkArgument(services.containsKey(service), "category %s maps to '%s', which is not in the catalogue",
                    category, service);
        });
    }

    /** A catalogue of {@code entries} (in order) whose first entry is the default service, without rules. */
    public static ServiceCatalogue of(ServiceCatalogueEntry first, ServiceCatalogueEntry... more) {
        Map<String, ServiceCatalogueEntry> services = new LinkedHashMap<>();
        for (ServiceCatalogueEntry entry : Lists.asList(first, more)) {
            checkArgument(services.put(entry.service(), entry) == null, "service '%s' is listed twice",
                    entry.service());
        }
        return new ServiceCatalogue(ImmutableMap.copyOf(services), ImmutableSortedMap.of(), first.service());
    }

    /** This catalogue where tickets of {@code category} (and its sub-categories) are about {@code service}. */
    public ServiceCatalogue withRule(CategoryCode category, String service) {
        checkNotNull(category, "category");
        return new ServiceCatalogue(services, ImmutableSortedMap.<String, String>naturalOrder()
                .putAll(Maps.filterKeys(categoryRules, key -> !key.equals(category.value()))).put(category.value(), service).build(),
                defaultService);
    }

    /** This catalogue with {@code entry} added, or replacing the service of the same name. */
    public ServiceCatalogue with(ServiceCatalogueEntry entry) {
        checkNotNull(entry, "entry");
        Map<String, ServiceCatalogueEntry> copy = new LinkedHashMap<>(services);
        copy.put(entry.service(), entry);
        return new ServiceCatalogue(ImmutableMap.copyOf(copy), categoryRules, defaultService);
    }

    /** This catalogue with {@code service} as the default. */
    public ServiceCatalogue withDefault(String service) {
        return new ServiceCatalogue(services, categoryRules, service);
    }

    /** The service named {@code name}, if listed. */
    public Optional<ServiceCatalogueEntry> service(String name) {
        return Optional.ofNullable(services.get(checkNotNull(name, "name")));
    }

    /** The service a ticket of {@code category} is about: the most specific rule's, else the default. */
    public ServiceCatalogueEntry serviceFor(CategoryCode category) {
        checkNotNull(category, "category");
        return categoryRules.entrySet().stream()
                .filter(rule -> category.isWithin(CategoryCode.of(rule.getKey())))
                .max(Comparator.comparingInt(rule -> CategoryCode.of(rule.getKey()).depth()))
                .map(rule -> services.get(rule.getValue()))
                .orElse(services.get(defaultService));
    }

    /** Every service with its SLA, then the category rules and the default. */
    public String describe() {
        StringBuilder text = new StringBuilder("service catalogue\n");
        services.values().forEach(entry -> text.append(entry.describe()));
        categoryRules.forEach((category, service) -> text.append("category ").append(category).append(" -> ")
                .append(service).append('\n'));
        return text.append("anything else -> ").append(defaultService).append('\n').toString();
    }
}
