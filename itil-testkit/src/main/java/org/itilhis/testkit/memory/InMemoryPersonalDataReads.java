package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;

/** Reads in a list, numbered as recorded; a batch rolls back with its transaction. */
public final class InMemoryPersonalDataReads implements PersonalDataReads {
    private static final Comparator<ReadAuditQuery.Position> NEWEST_FIRST = Comparator
            .comparing(ReadAuditQuery.Position::at).thenComparingLong(ReadAuditQuery.Position::sequence).reversed();

    private final InMemoryTransactions transactions;
    private final List<Recorded> reads = new ArrayList<>();
    private long sequence;

    public InMemoryPersonalDataReads(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void record(List<PersonalDataRead> batch) {
        List<PersonalDataRead> copy = List.copyOf(checkNotNull(batch, "reads"));
        transactions.locked(() -> {
            int before = reads.size();
            copy.forEach(read -> reads.add(new Recorded(read, new ReadAuditQuery.Position(read.at(), ++sequence))));
            transactions.onRollback(() -> reads.subList(before, reads.size()).clear());
            return null;
        });
    }

    @Override
    public List<Recorded> find(ReadAuditQuery query) {
        checkNotNull(query, "query");
        return transactions.locked(() -> reads.stream()
                .filter(r -> query.record().map(id -> id.equals(r.read().recordId())).orElse(true))
                .filter(r -> query.reader().map(reader -> reader.equals(r.read().reader())).orElse(true))
                .filter(r -> query.from().map(from -> !r.read().at().isBefore(from)).orElse(true))
                .filter(r -> query.to().map(to -> r.read().at().isBefore(to)).orElse(true))
                .filter(r -> query.after().map(after -> NEWEST_FIRST.compare(r.position(), after) > 0).orElse(true))
                .sorted(Comparator.comparing(Recorded::position, NEWEST_FIRST))
                .limit(query.limit())
                .toList());
    }
}
