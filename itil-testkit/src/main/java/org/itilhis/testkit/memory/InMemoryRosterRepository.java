package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.roster.RosterSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.roster.out.RosterRepository;

/** Rosters in a map of snapshots: every load restores a fresh aggregate, writes are undone with their transaction. */
public final class InMemoryRosterRepository implements RosterRepository {
    private final SnapshotStore<RosterId, RosterId, RosterSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryRosterRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "roster", RosterSnapshot::id, RosterSnapshot::version);
    }

    @Override
    public RosterId nextId() {
        return new RosterId(new UUID(0x2057E2L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Roster> find(RosterId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Roster::restore);
    }

    @Override
    public void save(Roster roster) {
        RosterSnapshot next = roster.snapshot();
        long expected = next.version() - roster.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Roster> ofGroup(GroupId group, LocalDate from, LocalDate to) {
        checkNotNull(group, "group");
        RosterPeriod wanted = RosterPeriod.of(from, to.isBefore(from) ? from : to);
        return snapshots().stream().filter(s -> s.group().equals(group) && s.period().overlaps(wanted))
                .sorted(Comparator.comparing((RosterSnapshot s) -> s.period().from()))
                .map(Roster::restore).toList();
    }

    @Override
    public List<RosterEntry> dutiesOverlapping(Set<StaffId> engineers, Instant from, Instant to) {
        checkNotNull(engineers, "engineers");
        List<RosterEntry> found = new ArrayList<>();
        for (RosterSnapshot roster : snapshots()) {
            roster.duties().stream().filter(d -> engineers.isEmpty() || engineers.contains(d.engineer()))
                    .filter(d -> d.duty().overlaps(from, to)).forEach(found::add);
        }
        // a stable sort keeps each roster's order among duties of one start and engineer
        found.sort(Comparator.comparing((RosterEntry d) -> d.duty().start()).thenComparing(d -> d.engineer().value()));
        return found;
    }

    private List<RosterSnapshot> snapshots() {
        return store.all().stream()
                .sorted(Comparator.comparing((RosterSnapshot s) -> s.period().from())
                        .thenComparing(s -> s.group().value())).toList();
    }

    public int size() {
        return store.size();
    }
}
