package org.itilhis.ports.release.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Release management wired by hand beside a {@link Cmdb} (on the same stores as {@code ports}):
 * the release commands, which change the CMDB's software versions through the CMDB's own use
 * case, and their queries.
 */
public final class ReleaseManagement {
    private final ReleaseService releases;
    private final ReleaseQueryService queries;

    private ReleaseManagement(ReleaseService releases, ReleaseQueryService queries) {
        this.releases = releases;
        this.queries = queries;
    }

    /**
     * Release management over {@code ports}, deploying through {@code cmdb}, which must run on
     * {@code ports.cmdb()}.
     */
    public static ReleaseManagement create(ReleasePorts ports, ReleaseSettings releaseSettings,
                                           ServiceDeskSettings settings, Validator validator, Cmdb cmdb) {
        checkNotNull(cmdb, "cmdb");
        return new ReleaseManagement(new ReleaseService(ports, releaseSettings, settings, validator, cmdb.items()),
                new ReleaseQueryService(ports, settings));
    }

    public ReleaseUseCase releases() {
        return releases;
    }

    public ReleaseQueries queries() {
        return queries;
    }
}
