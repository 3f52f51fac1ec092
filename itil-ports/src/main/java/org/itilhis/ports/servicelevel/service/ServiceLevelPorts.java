package org.itilhis.ports.servicelevel.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.out.EscalationLog;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.SlaWatchList;

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
