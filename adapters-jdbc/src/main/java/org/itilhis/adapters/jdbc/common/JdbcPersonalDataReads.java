package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The personal-data read log in the table {@code personal_data_read} (migration V16), a table
 * of its own apart from the event log; a batch is one JDBC batch in the caller's transaction.
 * Its {@code seq} (an identity column) orders the reads of one instant. Indexed by record, by
 * reader and by time, each followed by {@code (read_at, seq)}, so that every query of the
 * privacy officer reads a range of one index newest first. The runtime role may only read and
 * insert (roles/*.sql).
 */
public final class JdbcPersonalDataReads implements PersonalDataReads {
    private final JdbcTransactions transactions;
    private final Dialect dialect;

    public JdbcPersonalDataReads(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    @Override
    public void record(List<PersonalDataRead> reads) {
        checkNotNull(reads, "reads");
        if (reads.isEmpty()) {
            return;
        }
        transactions.withHandle("recording " + reads.size() + " personal-data reads", handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO personal_data_read (read_at, reader, record_kind, "
                    + "record_id, origin, purpose) VALUES (:read_at, :reader, :record_kind, :record_id, :origin, "
                    + ":purpose)");
            for (PersonalDataRead read : reads) {
                batch.bind("read_at", utc(read.at()))
                        .bind("reader", read.reader().value())
                        .bind("record_kind", read.kind().name())
                        .bind("record_id", read.recordId())
                        .bind("origin", read.origin().orElse(null))
                        .bind("purpose", read.purpose())
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public List<Recorded> find(ReadAuditQuery query) {
        checkNotNull(query, "query");
        List<String> where = new ArrayList<>();
        query.record().ifPresent(id -> where.add("record_id = :record_id"));
        query.reader().ifPresent(reader -> where.add("reader = :reader"));
        query.from().ifPresent(from -> where.add("read_at >= " + dialect.timestamp("from")));
        query.to().ifPresent(to -> where.add("read_at < " + dialect.timestamp("to")));
        query.after().ifPresent(after -> where.add("(read_at < " + dialect.timestamp("after_at") + " OR read_at = "
                + dialect.timestamp("after_at") + " AND seq < :after_seq)"));
        String sql = "SELECT seq, read_at, reader, record_kind, record_id, origin, purpose FROM personal_data_read"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY read_at DESC, seq DESC LIMIT " + query.limit();
        return transactions.withHandle("finding personal-data reads", handle -> {
            Query select = handle.createQuery(sql);
            query.record().ifPresent(id -> select.bind("record_id", id));
            query.reader().ifPresent(reader -> select.bind("reader", reader.value()));
            query.from().ifPresent(from -> select.bind("from", utc(from)));
            query.to().ifPresent(to -> select.bind("to", utc(to)));
            query.after().ifPresent(after -> select.bind("after_at", utc(after.at())).bind("after_seq", after.sequence()));
            return select.map((row, context) -> {
                PersonalDataRead read = new PersonalDataRead(utc(row, "read_at"), StaffId.of(row.getString("reader")),
                        PersonalDataRead.RecordKind.valueOf(row.getString("record_kind")), row.getString("record_id"),
                        Optional.ofNullable(row.getString("origin")), row.getString("purpose"));
                return new Recorded(read, new ReadAuditQuery.Position(read.at(), row.getLong("seq")));
            }).list();
        });
    }
}
