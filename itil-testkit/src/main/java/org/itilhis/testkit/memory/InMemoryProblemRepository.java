package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemSnapshot;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.core.shared.VersionConflictException;
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

    private final InMemoryTransactions transactions;
    private final Map<ProblemId, ProblemSnapshot> byId = new ConcurrentHashMap<>();
    private final Map<ProblemNumber, ProblemId> byNumber = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryProblemRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public ProblemId nextId() {
        return new ProblemId(new UUID(0x9_B1E3L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Problem> find(ProblemId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(Problem::restore);
    }

    @Override
    public Optional<Problem> findByNumber(ProblemNumber number) {
        checkNotNull(number, "number");
        return transactions.locked(() -> Optional.ofNullable(byNumber.get(number)).map(byId::get))
                .map(Problem::restore);
    }

    @Override
    public void save(Problem problem) {
        ProblemSnapshot next = problem.snapshot();
        ProblemSummary summary = next.summary();
        long expected = next.version() - problem.pendingEvents().size();
        transactions.locked(() -> {
            ProblemSnapshot stored = byId.get(summary.id());
            long actual = stored == null ? 0 : stored.version();
            ProblemId holder = byNumber.get(summary.number());
            if (actual != expected || (stored == null && holder != null)) {
                throw new VersionConflictException("problem", summary.number().toString(), expected,
                        holder != null && stored == null ? byId.get(holder).version() : actual);
            }
            byId.put(summary.id(), next);
            byNumber.put(summary.number(), summary.id());
            transactions.onRollback(() -> restore(next, stored));
            return null;
        });
    }

    private void restore(ProblemSnapshot written, ProblemSnapshot previous) {
        if (previous == null) {
            byId.remove(written.summary().id());
            byNumber.remove(written.summary().number());
        } else {
            byId.put(previous.summary().id(), previous);
        }
    }

    @Override
    public List<Problem> search(ProblemSearch search) {
        checkNotNull(search, "search");
        return transactions.locked(() -> List.copyOf(byId.values())).stream()
                .filter(s -> matches(s.summary(), search))
                .sorted(Comparator.comparing(s -> s.summary().number(), BY_NUMBER))
                .limit(search.limit())
                .map(Problem::restore)
                .toList();
    }

    /** How many problems are stored. */
    public int size() {
        return byId.size();
    }

    /** Every stored problem as it is stored now, by id: for checks that compare whole stores. */
    public Map<ProblemId, ProblemSnapshot> snapshots() {
        return transactions.locked(() -> Map.copyOf(byId));
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
