package org.itilhis.ports.release.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.release.out.ReleaseNumberSequence;
import org.itilhis.ports.release.out.ReleaseRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of release management: the CMDB's (and through them the desk's), change
 * management's changes (read for the standing of the bundled changes) and its own two stores.
 */
public record ReleasePorts(CmdbPorts cmdb, ChangeRepository changes, ReleaseRepository releases,
                           ReleaseNumberSequence numbers) {
    public ReleasePorts {
        checkNotNull(cmdb, "cmdb");
        checkNotNull(changes, "changes");
        checkNotNull(releases, "releases");
        checkNotNull(numbers, "numbers");
    }

    public ServiceDeskPorts desk() {
        return cmdb.desk();
    }
}
