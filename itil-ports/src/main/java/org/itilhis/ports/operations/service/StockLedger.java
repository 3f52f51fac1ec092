package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.operations.in.StockUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The consumables and spare parts ledger (耗材/备件) wired by hand beside the desk: the stock
 * commands ({@link #stock()}: items, store rooms, movements, and the repairs' issue of parts)
 * and its queries.
 */
public final class StockLedger {
    private final StockService stock;
    private final StockQueryService queries;

    private StockLedger(StockPorts ports, StockSettings settings, StockAccess access, Validator validator) {
        this.stock = new StockService(ports, access,
                new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events()));
        this.queries = new StockQueryService(ports, access, settings);
    }

    /** The stock on {@code ports}, under the desk's access policy ({@code desk.access()}). */
    public static StockLedger create(StockPorts ports, StockSettings settings, ServiceDeskSettings desk,
                                     Validator validator) {
        checkNotNull(ports, "ports");
        return new StockLedger(ports, checkNotNull(settings, "settings"),
                new StockAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"));
    }

    public StockUseCase stock() {
        return stock;
    }

    public StockQueries queries() {
        return queries;
    }
}
