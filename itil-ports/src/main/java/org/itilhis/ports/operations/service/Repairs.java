package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.operations.in.RepairDowntime;
import org.itilhis.ports.operations.in.RepairQueries;
import org.itilhis.ports.operations.in.RepairUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Repairs and maintenance wired by hand beside a {@link Cmdb} (on the same stores as {@code
 * ports}) and the spare parts ledger: the repair commands, which move the items through the
 * CMDB's lifecycle and issue parts from stock in their own transaction, their queries, and the
 * recorded downtime the availability figures read.
 */
public final class Repairs {
    private final RepairService repairs;
    private final RepairQueryService queries;

    private Repairs(RepairService repairs, RepairQueryService queries) {
        this.repairs = repairs;
        this.queries = queries;
    }

    /**
     * Repairs over {@code ports}, stepping items through {@code cmdb} and issuing parts from {@code
     * stock}, both of which must run on the same desk's stores and transactions as {@code ports}.
     */
    public static Repairs create(RepairPorts ports, ServiceDeskSettings settings, Validator validator, Cmdb cmdb,
                                 StockLedger stock) {
        checkNotNull(ports, "ports");
        checkNotNull(settings, "settings");
        RepairItems items = new RepairItems(ports.cmdb().items(), checkNotNull(cmdb, "cmdb").items(), settings.zone());
        return new Repairs(new RepairService(ports, settings, validator, items, new RepairParts(checkNotNull(stock, "stock").stock())),
                new RepairQueryService(ports, settings));
    }

    public RepairUseCase repairs() {
        return repairs;
    }

    public RepairQueries queries() {
        return queries;
    }

    /** The items' recorded downtime, for availability figures. */
    public RepairDowntime downtime() {
        return queries;
    }
}
