package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import org.itilhis.core.availability.NotABusinessServiceException;
import org.itilhis.core.availability.UnknownOutageItemException;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;

/** The business services of the CMDB that targets and reports name, and their names. */
final class ServiceNames {
    private final AvailabilityPorts ports;
    private final Supplier<CiGraph> graph;

    ServiceNames(AvailabilityPorts ports, Supplier<CiGraph> graph) {
        this.ports = checkNotNull(ports, "ports");
        this.graph = checkNotNull(graph, "graph");
    }

    /**
     * The name of the business service {@code service}.
     *
     * @throws UnknownOutageItemException (field {@code service}) if the CMDB has no such item
     * @throws NotABusinessServiceException if the item is not a business service of the current graph
     */
    String businessService(CiId service) {
        ConfigurationItem item = ports.items().find(checkNotNull(service, "service"))
                .orElseThrow(() -> new UnknownOutageItemException("service", service));
        CiGraph current = graph.get();
        if (!current.contains(service) || !current.item(service).businessService()) {
            throw new NotABusinessServiceException(service);
        }
        return item.details().name();
    }

    /** The item's name in the CMDB, its id when it is gone. */
    String nameOf(CiId ci) {
        return ports.items().find(ci).map(item -> item.details().name()).orElse(ci.toString());
    }
}
