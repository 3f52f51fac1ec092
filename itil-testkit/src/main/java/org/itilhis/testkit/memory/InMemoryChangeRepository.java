package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeSnapshot;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.out.ChangeRepository;

/**
 * Changes in a map of snapshots, like {@link InMemoryProblemRepository}: every load restores a
 * fresh aggregate, writes are undone with their transaction, and reads wait for another
 * thread's running transaction.
 */
public final class InMemoryChangeRepository implements ChangeRepository {
    /** By number: year, then sequence. */
    static final Comparator<ChangeNumber> BY_NUMBER = Comparator.comparingInt(ChangeNumber::year)
            .thenComparingLong(ChangeNumber::sequence);
    private static final Set<ChangeStatus> UNDER_WAY = EnumSet.of(ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENTING);

    private final SnapshotStore<ChangeId, ChangeNumber, ChangeSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryChangeRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "change", ChangeSnapshot::id, ChangeSnapshot::number,
                ChangeSnapshot::version);
    }

    @Override
    public ChangeId nextId() {
        return new ChangeId(new UUID(0xC_4A9EL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Change> find(ChangeId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Change::restore);
    }

    @Override
    public Optional<Change> findByNumber(ChangeNumber number) {
        checkNotNull(number, "number");
        return store.byNumber(number).map(Change::restore);
    }

    @Override
    public void save(Change change) {
        ChangeSnapshot next = change.snapshot();
        long expected = next.version() - change.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Change> search(ChangeSearch search) {
        checkNotNull(search, "search");
        return store.all().stream()
                .filter(s -> matches(s, search))
                .sorted(Comparator.comparing(ChangeSnapshot::number, BY_NUMBER))
                .limit(search.limit())
                .map(Change::restore)
                .toList();
    }

    @Override
    public List<Change> scheduledOverlapping(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return store.all().stream()
                .filter(s -> UNDER_WAY.contains(s.status()))
                .filter(s -> s.request().window().start().isBefore(to) && s.request().window().end().isAfter(from))
                .sorted(Comparator.comparing(ChangeSnapshot::number, BY_NUMBER))
                .map(Change::restore)
                .toList();
    }

    /** How many changes are stored. */
    public int size() {
        return store.size();
    }

    /** Every stored change as it is stored now, by id: for checks that compare whole stores. */
    public Map<ChangeId, ChangeSnapshot> snapshots() {
        return store.snapshots();
    }

    private static boolean matches(ChangeSnapshot s, ChangeSearch q) {
        return (q.statuses().isEmpty() || q.statuses().contains(s.status()))
                && (q.models().isEmpty() || q.models().contains(s.model()))
                && (q.groups().isEmpty() || q.groups().contains(s.request().group()))
                && q.ci().map(s.request().touchedCis()::contains).orElse(true)
                && q.board().map(board -> s.status() == ChangeStatus.AWAITING_APPROVAL
                        && s.approval().map(a -> a.board().id().equals(board)).orElse(false)).orElse(true)
                && q.text().map(t -> contains(s, t)).orElse(true)
                && q.after().map(after -> BY_NUMBER.compare(s.number(), after) > 0).orElse(true)
                && q.reach().map(groups -> groups.contains(s.request().group())).orElse(true);
    }

    private static boolean contains(ChangeSnapshot s, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return s.request().details().summary().toLowerCase(Locale.ROOT).contains(wanted)
                || s.request().details().description().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
