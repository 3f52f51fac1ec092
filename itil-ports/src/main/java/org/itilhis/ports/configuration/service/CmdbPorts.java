package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.out.AffectedCiLinks;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/** The outbound ports of configuration management: the service desk's and two of its own. */
public record CmdbPorts(ServiceDeskPorts desk, ConfigurationItemRepository items, AffectedCiLinks links) {
    public CmdbPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(links, "links");
    }
}
