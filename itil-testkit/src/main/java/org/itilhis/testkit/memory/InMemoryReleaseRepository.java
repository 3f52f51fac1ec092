package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.out.ReleaseRepository;

/**
 * Releases in a map of snapshots, like {@link InMemoryProblemRepository}: every load restores a
 * fresh aggregate, writes are undone with their transaction, and reads wait for another
 * thread's running transaction.
 */
public final class InMemoryReleaseRepository implements ReleaseRepository {
    /** By number: year, then sequence. */
    static final Comparator<ReleaseNumber> BY_NUMBER = Comparator.comparingInt(ReleaseNumber::year)
            .thenComparingLong(ReleaseNumber::sequence);

    private final SnapshotStore<ReleaseId, ReleaseNumber, ReleaseSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryReleaseRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "release", ReleaseSnapshot::id, ReleaseSnapshot::number,
                ReleaseSnapshot::version);
    }

    @Override
    public ReleaseId nextId() {
        return new ReleaseId(new UUID(0x4E1EA5EL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Release> find(ReleaseId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Release::restore);
    }

    @Override
    public Optional<Release> findByNumber(ReleaseNumber number) {
        checkNotNull(number, "number");
        return store.byNumber(number).map(Release::restore);
    }

    @Override
    public void save(Release release) {
        ReleaseSnapshot next = release.snapshot();
        long expected = next.version() - release.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Release> search(ReleaseSearch search) {
        checkNotNull(search, "search");
        return store.all().stream()
                .filter(s -> matches(s, search))
                .sorted(Comparator.comparing(ReleaseSnapshot::number, BY_NUMBER))
                .limit(search.limit())
                .map(Release::restore)
                .toList();
    }

    /** How many releases are stored. */
    public int size() {
        return store.size();
    }

    /** Every stored release as it is stored now, by id: for checks that compare whole stores. */
    public Map<ReleaseId, ReleaseSnapshot> snapshots() {
        return store.snapshots();
    }

    private static boolean matches(ReleaseSnapshot s, ReleaseSearch q) {
        return (q.statuses().isEmpty() || q.statuses().contains(s.status()))
                && q.change().map(s.changes()::contains).orElse(true)
                && q.text().map(t -> contains(s, t)).orElse(true)
                && q.after().map(after -> BY_NUMBER.compare(s.number(), after) > 0).orElse(true);
    }

    private static boolean contains(ReleaseSnapshot s, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return s.summary().toLowerCase(Locale.ROOT).contains(wanted)
                || s.releaseVersion().value().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
