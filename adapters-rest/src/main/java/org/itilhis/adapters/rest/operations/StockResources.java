package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.operations.in.StockUseCase;

/**
 * The stock of consumables and spare parts' registration in the API: its resource classes
 * (items, store rooms, movements, consumption) and ports.
 */
public final class StockResources {
    public static final String STOCK = ApiPaths.V1 + "/stock";
    public static final String ITEMS = STOCK + "/items";
    public static final String ROOMS = STOCK + "/rooms";
    public static final String MOVEMENTS = STOCK + "/movements";
    public static final String CONSUMPTION = STOCK + "/consumption";

    /** The resources of the stock. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(StockItemResource.class,
            StoreRoomResource.class, StockMovementResource.class, StockConsumptionResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = StockResources.class.getName() + ".ports";

    private StockResources() {
    }

    /** The inbound ports of the stock. */
    public record Ports(StockUseCase stock, StockQueries queries) {
        public Ports {
            checkNotNull(stock, "stock");
            checkNotNull(queries, "queries");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
