package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.availability.DeclaredOutageSnapshot;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.availability.out.DeclaredOutages;

/** The declared outages in a map of snapshots, like {@link InMemoryMachineRoomLog}. */
public final class InMemoryDeclaredOutages implements DeclaredOutages {
    private final SnapshotStore<DeclaredOutageId, DeclaredOutageId, DeclaredOutageSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryDeclaredOutages(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "declared-outage", DeclaredOutageSnapshot::id,
                DeclaredOutageSnapshot::version);
    }

    @Override
    public DeclaredOutageId nextId() {
        return new DeclaredOutageId(new UUID(0xA7A1L, ids.incrementAndGet()));
    }

    @Override
    public Optional<DeclaredOutage> find(DeclaredOutageId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(DeclaredOutage::restore);
    }

    @Override
    public void save(DeclaredOutage outage) {
        DeclaredOutageSnapshot next = outage.snapshot();
        store.save(next, next.version() - outage.pendingEvents().size());
    }

    @Override
    public List<DeclaredOutage> ofIncident(TicketId incident) {
        checkNotNull(incident, "incident");
        return store.all().stream().filter(s -> s.incident().equals(incident))
                .sorted(Comparator.comparing(DeclaredOutageSnapshot::start).thenComparing(s -> s.id().toString()))
                .map(DeclaredOutage::restore).toList();
    }

    @Override
    public List<DeclaredOutage> overlapping(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "period %s..%s does not end after it starts", from, to);
        return store.all().stream()
                .filter(s -> s.withdrawal().isEmpty() && (cis.isEmpty() || cis.contains(s.ci()))
                        && s.start().isBefore(to) && s.end().map(end -> end.isAfter(from)).orElse(true))
                .sorted(Comparator.comparing((DeclaredOutageSnapshot s) -> s.ci().toString())
                        .thenComparing(DeclaredOutageSnapshot::start).thenComparing(s -> s.id().toString()))
                .map(DeclaredOutage::restore).toList();
    }

    /** Every stored outage as it is stored now, by id. */
    public Map<DeclaredOutageId, DeclaredOutageSnapshot> snapshots() {
        return store.snapshots();
    }
}
