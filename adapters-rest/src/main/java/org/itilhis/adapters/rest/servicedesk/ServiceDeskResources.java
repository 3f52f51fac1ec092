package org.itilhis.adapters.rest.servicedesk;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * The service desk's registration in the API: its resource classes, and the one thing it
 * asks of a practice above it. The ports it works with are the application's {@link
 * org.itilhis.adapters.rest.common.Resources.Dependencies}.
 */
public final class ServiceDeskResources {
    /** The resources of the service desk: contacts, incidents, service requests, the work queue. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ContactResource.class,
            IncidentResource.class, ServiceRequestResource.class, QueueResource.class);

    /** The configuration property under which a practice above offers {@link TicketsAgainstItems}. */
    public static final String AGAINST_ITEMS = ServiceDeskResources.class.getName() + ".againstItems";

    private ServiceDeskResources() {
    }

    /**
     * Raising a contact's ticket against configuration items: the CMDB's answer, which the
     * service desk (below it) declares and configuration management implements when it is
     * served ({@code org.itilhis.adapters.rest.configuration.CmdbResources}).
     */
    @FunctionalInterface
    public interface TicketsAgainstItems {
        TicketView raise(ContactCommand.RaiseTicket command, Set<CiId> items);
    }

    /** Registers the service desk's resources. */
    public static void register(ResourceConfig config) {
        CLASSES.forEach(config::register);
    }

    /** Raising against items, if a practice offers it ({@link #AGAINST_ITEMS}). */
    static Optional<TicketsAgainstItems> againstItems(Configuration configuration) {
        return configuration.getProperty(AGAINST_ITEMS) instanceof TicketsAgainstItems found
                ? Optional.of(found) : Optional.empty();
    }
}
