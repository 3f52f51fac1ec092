package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Implements {@link FaultIncidents} in one transaction, the caller's when there is one: the
 * item must exist; a fault whose incident is still open is added to it as a work log entry of
 * the library's own; otherwise the library logs a monitoring contact for the reporting person
 * and raises it against the item ({@link CmdbUseCase#raiseAgainst}), then links the fault to
 * the new incident. The link's store refuses the second of two concurrent reports, which fails
 * with a {@code fault.version-conflict} and, retried, adds to the first's incident.
 *
 * <p>The reporting actor needs no permission of their own: the library acts. The contact and
 * the incident are logged and raised by {@link Actor#system()}, the work log entry recorded
 * under its staff id on the incident itself (the policy grants the system no
 * {@code ADD_WORK_LOG}, so the desk's work log use case would refuse it).
 */
public final class FaultIncidentService implements FaultIncidents {
    private static final int MAX_CONTACT_TEXT = 8000;
    private static final int MAX_WORK_LOG_NOTE = 4000;

    private final CmdbPorts ports;
    private final FaultIncidentSettings settings;
    private final CommandPipeline pipeline;
    private final ServiceDeskUseCase desk;
    private final CmdbUseCase cmdb;

    FaultIncidentService(CmdbPorts ports, FaultIncidentSettings settings, Validator validator, ServiceDeskUseCase desk,
                         CmdbUseCase cmdb) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.desk = checkNotNull(desk, "desk");
        this.cmdb = checkNotNull(cmdb, "cmdb");
    }

    @Override
    public FaultIncident report(ReportFault command) {
        return pipeline.run(command, () -> {
            ports.items().find(command.ci()).orElseThrow(() -> new CiNotFoundException(command.ci()));
            Optional<TicketId> linked = ports.faults().incidentOf(command.source(), command.fault());
            Optional<Ticket> open = linked.flatMap(ports.desk().tickets()::find).filter(t -> t.status().isOpen());
            if (open.isPresent()) {
                Ticket incident = open.get();
                incident.addWorkLog(settings.minutes(), capped(command.reference() + ": " + command.description(),
                        MAX_WORK_LOG_NOTE), Actor.SYSTEM_ID, ports.desk().clock().instant());
                ports.desk().tickets().save(incident);
                return Outcome.of(new FaultIncident(incident.id(), incident.number().toString(), false),
                        incident.pullEvents());
            }
            TicketView raised = raise(command);
            boolean won = linked.isEmpty() ? ports.faults().link(command.source(), command.fault(), raised.id())
                    : ports.faults().relink(command.source(), command.fault(), linked.get(), raised.id());
            if (!won) {
                throw new VersionConflictException("fault", command.source() + " " + command.fault(), 0, 1);
            }
            return Outcome.of(new FaultIncident(raised.id(), raised.number().toString(), true), List.of());
        });
    }

    @Override
    public Optional<FaultIncident> openIncident(String source, String fault) {
        checkNotNull(source, "source");
        checkNotNull(fault, "fault");
        return ports.desk().transactions().inTransaction(() -> ports.faults().incidentOf(source, fault)
                .flatMap(ports.desk().tickets()::find)
                .filter(t -> t.status().isOpen())
                .map(t -> new FaultIncident(t.id(), t.number().toString(), false)));
    }

    /** Logs the library's contact for the reporting person and raises it against the item. */
    private TicketView raise(ReportFault command) {
        ContactView contact = desk.logContact(new ContactCommand.Log(Actor.system(), ContactChannel.MONITORING,
                command.actor().staffId(), settings.department(), null, null,
                capped(command.description() + "\n\nFound by " + command.reference(), MAX_CONTACT_TEXT)));
        String category = command.category() == null ? settings.category() : command.category();
        return cmdb.raiseAgainst(new ContactCommand.RaiseTicket(Actor.system(), contact.id(), TicketType.INCIDENT,
                command.summary(), category, settings.impact(), settings.urgency(), settings.criticality(), false,
                null), Set.of(command.ci()));
    }

    private static String capped(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
