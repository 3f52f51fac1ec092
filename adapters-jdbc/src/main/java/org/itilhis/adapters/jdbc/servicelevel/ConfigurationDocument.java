package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.ServiceCatalogue;
import org.itilhis.core.sla.ServiceCatalogueEntry;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * The SLA configuration as stored in {@code sla_configuration.document} (written by
 * {@link JsonCodec}). The services are a JSON array, not an object, because the catalogue's
 * order is part of it and PostgreSQL's jsonb does not keep the order of an object's keys.
 * The version is the row's column, not part of the document.
 */
public record ConfigurationDocument(List<ServiceCatalogueEntry> services, Map<String, String> categoryRules,
                             String defaultService, Map<ServiceCriticality, String> calendars) {

    public static ConfigurationDocument of(SlaConfiguration configuration) {
        checkNotNull(configuration, "configuration");
        ServiceCatalogue catalogue = configuration.catalogue();
        return new ConfigurationDocument(catalogue.services().values().asList(), catalogue.categoryRules(),
                catalogue.defaultService(), configuration.calendars());
    }

    /** @throws IllegalArgumentException if the stored document is not a valid configuration */
    public SlaConfiguration toConfiguration(long version) {
        ServiceCatalogue catalogue = new ServiceCatalogue(
                services.stream().collect(ImmutableMap.toImmutableMap(ServiceCatalogueEntry::service, Function.identity())),
                ImmutableSortedMap.copyOf(categoryRules), defaultService);
        return new SlaConfiguration(catalogue, ImmutableSortedMap.copyOf(calendars), version);
    }
}
