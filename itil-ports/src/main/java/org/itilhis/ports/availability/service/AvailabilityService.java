package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.availability.AvailabilityTarget;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.availability.OutageOnServiceRequestException;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.availability.UnknownCatalogueServiceException;
import org.itilhis.core.availability.UnknownOutageItemException;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.availability.in.AvailabilityUseCase;
import org.itilhis.ports.availability.in.DeclaredOutageNotFoundException;
import org.itilhis.ports.availability.in.DeclaredOutageView;
import org.itilhis.ports.availability.in.OutageCommand;
import org.itilhis.ports.availability.in.ServiceTargetView;
import org.itilhis.ports.availability.in.SetAvailabilityTarget;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * Implements {@link AvailabilityUseCase} on the common command pipeline. An outage is declared
 * by whoever may declare outages in the incident's assignment group ({@code DECLARE_OUTAGE},
 * scope group for engineers), so the check reads the incident first; the item must be in the
 * CMDB. A target names a business service of the CMDB's current graph and a service the
 * catalogue lists.
 */
final class AvailabilityService implements AvailabilityUseCase {
    static final String OUTAGE = "declared-outage";
    static final String TARGET = "availability-target";

    private final AvailabilityPorts ports;
    private final AccessPolicy access;
    private final CommandPipeline pipeline;
    private final ServiceNames names;

    AvailabilityService(AvailabilityPorts ports, AccessPolicy access, Validator validator, Supplier<CiGraph> graph) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
        this.names = new ServiceNames(ports, graph);
    }

    @Override
    public DeclaredOutageView declare(OutageCommand.Declare c) {
        return pipeline.run(c, () -> {
            Ticket incident = incident(c.actor(), c.incident());
            if (incident.type() != TicketType.INCIDENT) {
                throw new OutageOnServiceRequestException(incident.number());
            }
            if (ports.items().find(c.ci()).isEmpty()) {
                throw new UnknownOutageItemException("ci", c.ci());
            }
            DeclaredOutage outage = DeclaredOutage.declare(ports.outages().nextId(), incident.id(), incident.number(),
                    c.ci(), c.state(), c.start(), Optional.ofNullable(c.end()), c.note() == null ? "" : c.note(),
                    c.actor().staffId(), now());
            ports.outages().save(outage);
            return Outcome.of(DeclaredOutageView.of(outage), outage.pullEvents());
        });
    }

    @Override
    public DeclaredOutageView end(OutageCommand.End c) {
        return pipeline.run(c, () -> {
            DeclaredOutage outage = outage(c.actor(), c.outage(), c.expectedVersion());
            outage.end(c.end(), c.actor().staffId(), now());
            ports.outages().save(outage);
            return Outcome.of(DeclaredOutageView.of(outage), outage.pullEvents());
        });
    }

    @Override
    public DeclaredOutageView correct(OutageCommand.Correct c) {
        return pipeline.run(c, () -> {
            DeclaredOutage outage = outage(c.actor(), c.outage(), c.expectedVersion());
            outage.correct(c.state(), c.start(), Optional.ofNullable(c.end()), c.reason(), c.actor().staffId(), now());
            ports.outages().save(outage);
            return Outcome.of(DeclaredOutageView.of(outage), outage.pullEvents());
        });
    }

    @Override
    public DeclaredOutageView withdraw(OutageCommand.Withdraw c) {
        return pipeline.run(c, () -> {
            DeclaredOutage outage = outage(c.actor(), c.outage(), c.expectedVersion());
            outage.withdraw(c.reason(), c.actor().staffId(), now());
            ports.outages().save(outage);
            return Outcome.of(DeclaredOutageView.of(outage), outage.pullEvents());
        });
    }

    @Override
    public ServiceTargetView setTarget(SetAvailabilityTarget c) {
        return pipeline.run(c, () -> {
            access.check(c.actor(), Permission.MANAGE_AVAILABILITY_TARGETS,
                    AccessContext.general(ports.desk().directory().groupsOf(c.actor().staffId())),
                    "the availability targets");
            String name = names.businessService(c.service());
            String catalogueService = c.catalogueService().strip();
            boolean listed = ports.serviceLevels().configuration().map(SlaConfiguration::catalogue)
                    .flatMap(catalogue -> catalogue.service(catalogueService)).isPresent();
            if (!listed) {
                throw new UnknownCatalogueServiceException(catalogueService);
            }
            AvailabilityTarget target = new AvailabilityTarget(c.percent());
            Optional<ServiceTarget> stored = ports.targets().find(c.service());
            CommandPipeline.checkVersion(TARGET, c.service().toString(), c.expectedVersion(),
                    stored.map(ServiceTarget::version).orElse(0L));
            ServiceTarget set = stored.orElseGet(() -> ServiceTarget.set(c.service(), catalogueService, target,
                    c.actor().staffId(), now()));
            if (stored.isPresent()) {
                set.change(catalogueService, target, c.actor().staffId(), now());
            }
            if (!set.pendingEvents().isEmpty()) {
                ports.targets().save(set);
            }
            return Outcome.of(ServiceTargetView.of(set, name), set.pullEvents());
        });
    }

    /** The outage, once the actor may declare outages on its incident and it is at the version expected. */
    private DeclaredOutage outage(Actor actor, DeclaredOutageId id, Long expectedVersion) {
        DeclaredOutage outage = ports.outages().find(id).orElseThrow(() -> new DeclaredOutageNotFoundException(id));
        incident(actor, outage.incident());
        CommandPipeline.checkVersion(OUTAGE, id.toString(), expectedVersion, outage.version());
        return outage;
    }

    /**
     * The ticket, as the actor may see it (one they may not see is not found, as everywhere on the
     * desk), once they may declare outages in its group.
     *
     * @throws TicketNotFoundException if there is no such ticket or the actor may not see it
     * @throws org.itilhis.core.access.NotPermittedException without DECLARE_OUTAGE in the ticket's group
     */
    private Ticket incident(Actor actor, TicketId id) {
        Ticket ticket = ports.desk().tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        AccessContext context = AccessContext.of(ticket.details().caller(), ticket.group(), ticket.engineer(),
                ports.desk().directory().groupsOf(actor.staffId()));
        if (!access.permits(actor, Permission.VIEW_TICKET, context)) {
            throw new TicketNotFoundException(id);
        }
        access.check(actor, Permission.DECLARE_OUTAGE, context, "outages on " + ticket.number());
        return ticket;
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
