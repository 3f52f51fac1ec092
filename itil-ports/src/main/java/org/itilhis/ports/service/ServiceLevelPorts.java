package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.out.EscalationLog;
import org.itilhis.ports.out.SlaConfigurationRepository;
import org.itilhis.ports.out.SlaWatchList;

/** The outbound ports of service level management: the service desk's and three of its own. */
public record ServiceLevelPorts(ServiceDeskPorts desk, SlaConfigurationRepository configuration,
                                SlaWatchList watches, EscalationLog escalations) {
    public ServiceLevelPorts {
        checkNotNull(desk, "desk");
        checkNotNull(configuration, "configuration");
        checkNotNull(watches, "watches");
        checkNotNull(escalations, "escalations");
    }
}
