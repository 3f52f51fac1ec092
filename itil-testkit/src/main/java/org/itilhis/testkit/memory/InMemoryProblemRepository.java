package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemSnapshot;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.out.ProblemRepository;

/**
 * Problems in a map of snapshots, like {@link InMemoryTicketRepository}: every load restores a
 * fresh aggregate, writes are undone with their transaction, and reads wait for another
 * thread's running transaction.
 */
public final class InMemoryProblemRepository implements ProblemRepository {
    /** By number: year, then sequence. */
    static final Comparator<ProblemNumber> BY_NUMBER = Comparator.comparingInt(ProblemNumber::year)
            .thenComparingLong(ProblemNumber::sequence);

    private final SnapshotStore<ProblemId, ProblemNumber, ProblemSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryProblemRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "problem", s -> s.summary().id(), s -> s.summary().number(),
                ProblemSnapshot::version);
    }

    @Override
    public ProblemId nextId() {
        return new ProblemId(new UUID(0x9_B1E3L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Problem> find(ProblemId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Problem::restore);
    }

    @Override
    public Optional<Problem> findByNumber(ProblemNumber number) {
        checkNotNull(number, "number");
        return store.byNumber(number).map(Problem::restore);
    }

    @Override
    public void save(Problem problem) {
        ProblemSnapshot next = problem.snapshot();
        long expected = next.version() - problem.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Problem> search(ProblemSearch search) {
        checkNotNull(search, "search");
        return store.all().stream()
                .filter(s -> matches(s.summary(), search))
                .sorted(Comparator.comparing(s -> s.summary().number(), BY_NUMBER))
                .limit(search.limit())
                .map(Problem::restore)
                .toList();
    }

    /** How many problems are stored. */
    public int size() {
        return store.size();
    }

    /** Every stored problem as it is stored now, by id: for checks that compare whole stores. */
    public Map<ProblemId, ProblemSnapshot> snapshots() {
        return store.snapshots();
    }

    private static boolean matches(ProblemSummary s, ProblemSearch q) {
        return (q.statuses().isEmpty() || q.statuses().contains(s.status()))
                && (q.groups().isEmpty() || q.groups().contains(s.group()))
                && q.incident().map(s.linkedIncidents()::contains).orElse(true)
                && q.text().map(t -> contains(s, t)).orElse(true)
                && q.after().map(after -> BY_NUMBER.compare(s.number(), after) > 0).orElse(true)
                && q.reach().map(reach -> reach.covers(s.group(), s.manager())).orElse(true);
    }

    private static boolean contains(ProblemSummary s, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return s.details().summary().toLowerCase(Locale.ROOT).contains(wanted)
                || s.details().description().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
