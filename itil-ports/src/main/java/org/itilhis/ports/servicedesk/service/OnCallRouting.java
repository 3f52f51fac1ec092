package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.servicedesk.out.OnCallDuty;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outside office hours, gives a new ticket for a clinical-critical service to the owning
 * group's engineer on call: routing chose the group, the duty roster ({@link
 * org.itilhis.ports.servicedesk.out.OnCallRoster}) names the person. The ticket is assigned to
 * the first of the on-call chain, as the system, and the page is recorded, both in the
 * raising transaction; the {@link OnCallEscalation} passes the ticket on if it is not
 * accepted in time. In office hours the roster has nobody on call and the ticket waits in the
 * group's queue, as any other.
 */
final class OnCallRouting {
    private static final Logger LOG = LoggerFactory.getLogger(OnCallRouting.class);

    private final ServiceDeskPorts ports;

    OnCallRouting(ServiceDeskPorts ports) {
        this.ports = checkNotNull(ports, "ports");
    }

    /** Assigns the just raised {@code ticket} to the engineer on call, if it is clinical-critical and someone is. */
    void route(Ticket ticket, Instant at) {
        if (ticket.assessment().factors().criticality() != ServiceCriticality.CLINICAL_CRITICAL) {
            return;
        }
        Optional<OnCallDuty> duty = ports.onCall().onCall(ticket.group(), at);
        if (duty.isEmpty()) {
            return;
        }
        Optional<AssignmentGroup> group = ports.directory().group(ticket.group());
        if (group.isEmpty()) {
            LOG.warn("ticket {} stays in the queue of {}: the staff directory does not know the group",
                    ticket.number(), ticket.group());
            return;
        }
        OnCallDuty onCall = duty.get();
        ticket.assign(group.get().id(), Optional.of(onCall.engineer()), group.get().tier(), Actor.SYSTEM_ID, at);
        ports.pages().record(OnCallPage.of(ticket.id(), ticket.number(), ticket.group(), onCall.chain(), 0, at,
                onCall.responseTime()));
        LOG.info("clinical-critical ticket {} goes to {}, on call for {} (response time {})", ticket.number(),
                onCall.engineer(), ticket.group(), onCall.responseTime());
    }
}
