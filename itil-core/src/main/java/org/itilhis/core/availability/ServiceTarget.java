package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * What a business service of the CMDB promises its users: an {@link AvailabilityTarget},
 * measured in the calendar of the service catalogue's entry {@code catalogueService} (which
 * the SLA's calendar policy chooses by the entry's criticality: round the clock for
 * clinical-critical services, office hours for the rest). One per service, identified by it;
 * setting it again is a new version, so the audit trail keeps every target the service had.
 */
public final class ServiceTarget {
    /** The longest name of a catalogue service, as the catalogue allows. */
    public static final int MAX_SERVICE_NAME = 100;

    private final CiId service;
    private String catalogueService;
    private AvailabilityTarget target;
    private StaffId setBy;
    private Instant setAt;
    private final AggregateEvents<ServiceTargetEvent> events = new AggregateEvents<>();

    private ServiceTarget(ServiceTargetSnapshot s) {
        this.service = s.service();
        this.catalogueService = s.catalogueService();
        this.target = s.target();
        this.setBy = s.setBy();
        this.setAt = s.setAt();
    }

    /** A first target for {@code service}. */
    public static ServiceTarget set(CiId service, String catalogueService, AvailabilityTarget target, StaffId actor,
                                    Instant now) {
        String name = name(catalogueService);
        ServiceTarget created = new ServiceTarget(new ServiceTargetSnapshot(service, name, target, actor, now, 1));
        created.events.created(new ServiceTargetEvent.TargetSet(service, name, target, actor, now));
        return created;
    }

    public static ServiceTarget restore(ServiceTargetSnapshot s) {
        ServiceTarget restored = new ServiceTarget(checkNotNull(s, "snapshot"));
        restored.events.restoredAt(s.version());
        return restored;
    }

    /** Sets the target again; setting the same values again changes nothing and returns false. */
    public boolean change(String newCatalogueService, AvailabilityTarget newTarget, StaffId actor, Instant now) {
        String name = name(newCatalogueService);
        checkNotNull(newTarget, "newTarget");
        if (name.equals(catalogueService) && newTarget.percent().compareTo(target.percent()) == 0) {
            return false;
        }
        events.recorded(new ServiceTargetEvent.TargetSet(service, name, newTarget, actor, now), e -> {
            catalogueService = name;
            target = newTarget;
            setBy = actor;
            setAt = now;
        });
        return true;
    }

    private static String name(String catalogueService) {
        checkNotNull(catalogueService, "catalogueService");
        String name = catalogueService.strip();
        checkArgument(!name.isEmpty() && name.length() <= MAX_SERVICE_NAME, "catalogue service %s", catalogueService);
        return name;
    }

    public CiId service() {
        return service;
    }

    public String catalogueService() {
        return catalogueService;
    }

    public AvailabilityTarget target() {
        return target;
    }

    public long version() {
        return events.version();
    }

    public ServiceTargetSnapshot snapshot() {
        return new ServiceTargetSnapshot(service, catalogueService, target, setBy, setAt, version());
    }

    public List<ServiceTargetEvent> pendingEvents() {
        return events.pending();
    }

    public List<ServiceTargetEvent> pullEvents() {
        return events.pull();
    }
}
