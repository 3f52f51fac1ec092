package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.availability.ServiceTargetSnapshot;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.availability.out.ServiceTargets;

/** The services' availability targets in a map of snapshots by service. */
public final class InMemoryServiceTargets implements ServiceTargets {
    private final SnapshotStore<CiId, CiId, ServiceTargetSnapshot> store;

    public InMemoryServiceTargets(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "availability-target", ServiceTargetSnapshot::service,
                ServiceTargetSnapshot::version);
    }

    @Override
    public Optional<ServiceTarget> find(CiId service) {
        return store.byId(checkNotNull(service, "service")).map(ServiceTarget::restore);
    }

    @Override
    public void save(ServiceTarget target) {
        ServiceTargetSnapshot next = target.snapshot();
        store.save(next, next.version() - target.pendingEvents().size());
    }

    @Override
    public List<ServiceTarget> all() {
        return store.all().stream().sorted(Comparator.comparing(s -> s.service().toString()))
                .map(ServiceTarget::restore).toList();
    }
}
