package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.FactBatch;
import org.itilhis.ports.reporting.out.FactFilter;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.FactSum;
import org.itilhis.ports.reporting.out.IntervalFact;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.ports.reporting.out.WorkloadFacts;

/**
 * The workload facts in maps; a batch is applied under the transaction lock and undone with
 * its transaction, so it is all or nothing and two writers never both apply from one position.
 */
public final class InMemoryWorkloadFacts implements WorkloadFacts {
    private final InMemoryTransactions transactions;
    private Map<FactSlice, WorkCounts> facts = new HashMap<>();
    private Map<Long, IntervalFact> intervals = new HashMap<>();
    private Map<String, WorkTrack> tracks = new HashMap<>();
    private long position;

    public InMemoryWorkloadFacts(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public long position() {
        return transactions.locked(() -> position);
    }

    @Override
    public void apply(FactBatch batch) {
        checkNotNull(batch, "batch");
        transactions.locked(() -> {
            if (position != batch.from()) {
                throw new PositionMovedException(batch.from(), position);
            }
            remember();
            for (DailyFact fact : batch.facts()) {
                facts.merge(fact.slice(), fact.counts(), WorkCounts::plus);
            }
            batch.intervals().forEach(i -> intervals.put(i.position(), i));
            batch.tracks().forEach(t -> tracks.put(t.aggregateId(), t));
            position = batch.to();
            return null;
        });
    }

    @Override
    public Map<String, WorkTrack> tracks(Collection<String> aggregateIds) {
        return transactions.locked(() -> {
            Map<String, WorkTrack> found = new LinkedHashMap<>();
            aggregateIds.forEach(id -> {
                WorkTrack t = tracks.get(id);
                if (t != null) {
                    found.put(id, t);
                }
            });
            return found;
        });
    }

    @Override
    public List<FactSum> sums(FactFilter filter, Dimension by) {
        Function<FactSlice, String> key = switch (by) {
            case ENGINEER -> s -> s.engineer().value();
            case GROUP -> FactSlice::group;
            case ENGINEER_DEPARTMENT -> FactSlice::engineerDepartment;
            case CALLER_DEPARTMENT -> FactSlice::callerDepartment;
            case MONTH -> s -> YearMonth.from(s.day()).atDay(1).toString();
        };
        return transactions.locked(() -> {
            Map<String, WorkCounts> sums = new TreeMap<>();
            facts.forEach((slice, counts) -> {
                if (filter.matches(slice)) {
                    sums.merge(key.apply(slice), counts, WorkCounts::plus);
                }
            });
            return sums.entrySet().stream().map(e -> new FactSum(e.getKey(), e.getValue())).toList();
        });
    }

    @Override
    public void forEachInterval(FactFilter filter, Consumer<IntervalFact> sink) {
        List<IntervalFact> matching = transactions.locked(() -> new ArrayList<>(
                intervals.values().stream().filter(i -> filter.matches(i.slice())).toList()));
        matching.sort(Comparator.comparing((IntervalFact i) -> i.slice().engineer().value())
                .thenComparing(i -> i.interval().start()).thenComparingLong(IntervalFact::position));
        matching.forEach(sink);
    }

    @Override
    public void clear() {
        transactions.locked(() -> {
            remember();
            facts = new HashMap<>();
            intervals = new HashMap<>();
            tracks = new HashMap<>();
            position = 0;
            return null;
        });
    }

    /** Registers how to bring back the state before this write, should its transaction roll back. */
    private void remember() {
        Map<FactSlice, WorkCounts> factsBefore = new HashMap<>(facts);
        Map<Long, IntervalFact> intervalsBefore = new HashMap<>(intervals);
        Map<String, WorkTrack> tracksBefore = new HashMap<>(tracks);
        long positionBefore = position;
        transactions.onRollback(() -> {
            facts = factsBefore;
            intervals = intervalsBefore;
            tracks = tracksBefore;
            position = positionBefore;
        });
    }
}
