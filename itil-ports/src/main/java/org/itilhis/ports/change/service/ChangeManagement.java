package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.ports.change.in.ApprovedChangeWindows;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Change management wired by hand beside the CMDB (and through it the desk) and problem
 * management's stores: the change commands, the change configuration and the queries. The
 * schedule and the risk read the CMDB's current graph ({@link Cmdb#currentGraph()}).
 */
public final class ChangeManagement {
    private final ChangeService changes;
    private final ChangeConfigurationService configuration;
    private final ChangeQueryService queries;
    private final ApprovedWindowsQuery approvedWindows;

    private ChangeManagement(ChangePorts ports, ChangeSettings changeSettings, AccessPolicy access,
                             Validator validator, Supplier<CiGraph> graph) {
        this.changes = new ChangeService(ports, changeSettings, access, validator, graph);
        this.configuration = new ChangeConfigurationService(ports, changeSettings, access, validator);
        this.queries = new ChangeQueryService(ports, changeSettings, access, graph);
        this.approvedWindows = new ApprovedWindowsQuery(ports.changes());
    }

    /**
     * Change management beside {@code cmdb}, which must run on {@code ports.cmdb()}, under the
     * desk's access policy ({@code settings.access()}).
     */
    public static ChangeManagement create(ChangePorts ports, ChangeSettings changeSettings,
                                          ServiceDeskSettings settings, Validator validator, Cmdb cmdb) {
        checkNotNull(cmdb, "cmdb");
        return new ChangeManagement(checkNotNull(ports, "ports"), checkNotNull(changeSettings, "changeSettings"),
                checkNotNull(settings, "settings").access(), checkNotNull(validator, "validator"), cmdb::currentGraph);
    }

    public ChangeUseCase changes() {
        return changes;
    }

    /** The boards, templates and windows. */
    public ChangeConfigurationUseCase configuration() {
        return configuration;
    }

    public ChangeQueries queries() {
        return queries;
    }

    /** The approved changes' planned windows, for availability (unchecked: the asking practice checks its actor). */
    public ApprovedChangeWindows approvedWindows() {
        return approvedWindows;
    }
}
