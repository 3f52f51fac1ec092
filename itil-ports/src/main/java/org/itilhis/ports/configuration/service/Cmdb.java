package org.itilhis.ports.configuration.service;

import jakarta.validation.Validator;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Configuration management wired by hand beside a {@link ServiceDesk}: the CMDB's commands,
 * its queries (impact analysis included), its import and the incidents raised for faults on items.
 */
public final class Cmdb {
    private final CmdbService service;
    private final CmdbQueryService queries;
    private final CmdbImportService imports;
    private final FaultIncidentService faults;

    private Cmdb(CmdbPorts ports, CmdbSettings cmdb, ServiceDeskSettings settings, Validator validator,
                 ServiceDesk desk) {
        this.queries = new CmdbQueryService(ports, cmdb, settings, desk);
        this.service = new CmdbService(ports, cmdb, settings, validator, desk, queries);
        this.imports = new CmdbImportService(ports, cmdb, service, validator);
        this.faults = new FaultIncidentService(ports, cmdb.faults(), validator, desk.desk(), service);
    }

    /** The CMDB beside {@code desk}, which must run on {@code ports.desk()}. */
    public static Cmdb create(CmdbPorts ports, CmdbSettings cmdb, ServiceDeskSettings settings, Validator validator,
                              ServiceDesk desk) {
        return new Cmdb(ports, cmdb, settings, validator, desk);
    }

    public CmdbUseCase items() {
        return service;
    }

    public CmdbQueries queries() {
        return queries;
    }

    /**
     * The relationship graph of the whole CMDB as it stands now, for the practices above it that
     * reason on it without an actor (change management's schedule checks its changes against
     * it). Built once per revision of the items and kept while they do not change; read it
     * outside transactions, or inside one that has saved no item. Reading it is not a query of
     * an actor: whoever shows what is derived from it authorises that.
     */
    public CiGraph currentGraph() {
        return queries.currentGraph();
    }

    /**
     * The incidents the library raises by itself for faults its records find on items (a
     * failed inspection item, a missed backup): one per fault while it is open.
     */
    public FaultIncidents faultIncidents() {
        return faults;
    }

    /** Bulk import of configuration items from CSV files. */
    public CmdbImport imports() {
        return imports;
    }
}
