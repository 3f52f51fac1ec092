package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.availability.in.AvailabilityQueries;
import org.itilhis.ports.availability.in.DeclaredOutageNotFoundException;
import org.itilhis.ports.availability.in.DeclaredOutageView;
import org.itilhis.ports.availability.in.ServiceTargetNotFoundException;
import org.itilhis.ports.availability.in.ServiceTargetView;

/** Implements {@link AvailabilityQueries}: everything for whoever holds {@code VIEW_AVAILABILITY}. */
final class AvailabilityQueryService implements AvailabilityQueries {
    private final AvailabilityPorts ports;
    private final AccessPolicy access;
    private final ServiceNames names;

    AvailabilityQueryService(AvailabilityPorts ports, AccessPolicy access, ServiceNames names) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.names = checkNotNull(names, "names");
    }

    @Override
    public DeclaredOutageView outage(Actor actor, DeclaredOutageId id) {
        authorise(actor);
        return ports.outages().find(checkNotNull(id, "id")).map(DeclaredOutageView::of)
                .orElseThrow(() -> new DeclaredOutageNotFoundException(id));
    }

    @Override
    public List<DeclaredOutageView> outagesOf(Actor actor, TicketId incident) {
        authorise(actor);
        return ports.outages().ofIncident(checkNotNull(incident, "incident")).stream().map(DeclaredOutageView::of)
                .toList();
    }

    @Override
    public List<ServiceTargetView> targets(Actor actor) {
        authorise(actor);
        return ports.targets().all().stream()
                .map(target -> ServiceTargetView.of(target, names.nameOf(target.service())))
                .sorted(Comparator.comparing(ServiceTargetView::serviceName)
                        .thenComparing(view -> view.target().service().toString()))
                .toList();
    }

    @Override
    public ServiceTargetView target(Actor actor, CiId service) {
        authorise(actor);
        return ports.targets().find(checkNotNull(service, "service"))
                .map(target -> ServiceTargetView.of(target, names.nameOf(service)))
                .orElseThrow(() -> new ServiceTargetNotFoundException(service));
    }

    void authorise(Actor actor) {
        access.check(checkNotNull(actor, "actor"), Permission.VIEW_AVAILABILITY,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "availability");
    }
}
