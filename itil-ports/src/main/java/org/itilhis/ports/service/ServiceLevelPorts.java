package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.out.EscalationLog;
import org.itilhis.ports.out.SlaConfigurationRepository;
import org.itilhis.ports.out.SlaStandings;
import org.itilhis.ports.out.SlaWatchList;

/** The outbound ports of service level management: the service desk's and four of its own. */
public record ServiceLevelPorts(ServiceDeskPorts desk, SlaConfigurationRepository configuration,
                                SlaWatchList watches, SlaStandings standings, EscalationLog escalations) {
    public ServiceLevelPorts {
        checkNotNull(desk, "desk");
        checkNotNull(configuration, "configuration");
        checkNotNull(watches, "watches");
        checkNotNull(standings, "standings");
        checkNotNull(escalations, "escalations");
    }
}
