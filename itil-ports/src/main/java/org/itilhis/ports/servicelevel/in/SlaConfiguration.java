package org.itilhis.ports.servicelevel.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.sla.ServiceCatalogue;

/**
 * The stored service level configuration: the service catalogue and, for each criticality,
 * the name of the business calendar its services are measured in. {@code version} counts
 * saves (0 before the first) for optimistic locking.
 */
public record SlaConfiguration(ServiceCatalogue catalogue, ImmutableSortedMap<ServiceCriticality, String> calendars,
                               long version) {
    public SlaConfiguration {
        checkNotNull(catalogue, "catalogue");
        checkNotNull(calendars, "calendars");
        checkArgument(calendars.keySet().containsAll(EnumSet.allOf(ServiceCriticality.class)),
                "no calendar named for %s", Sets.difference(EnumSet.allOf(ServiceCriticality.class), calendars.keySet()));
        checkArgument(version >= 0, "negative version %s", version);
    }

    /** A configuration not saved yet (version 0). */
    public static SlaConfiguration of(ServiceCatalogue catalogue, Map<ServiceCriticality, String> calendars) {
        return new SlaConfiguration(catalogue, ImmutableSortedMap.copyOf(calendars), 0);
    }

    /** The same configuration at {@code newVersion}. */
    public SlaConfiguration atVersion(long newVersion) {
        return new SlaConfiguration(catalogue, calendars, newVersion);
    }
}
