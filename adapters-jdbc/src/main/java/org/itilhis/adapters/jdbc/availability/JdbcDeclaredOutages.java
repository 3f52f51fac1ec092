package org.itilhis.adapters.jdbc.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.availability.DeclaredOutageSnapshot;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.availability.out.DeclaredOutages;
import org.jdbi.v3.core.statement.Update;

/**
 * The declared outages in {@code declared_outage} (migration V39): one row per outage, its
 * incident, item, start, end and whether it was withdrawn beside the whole outage as JSON, kept
 * as a {@link SnapshotTable} whose number is the id as text, under optimistic locking (kind
 * {@code declared-outage}). The outages of a period are read through the index on start and end;
 * the items asked for are filtered after reading, since a report asks for every item.
 */
public final class JdbcDeclaredOutages implements DeclaredOutages {
    private static final Comparator<DeclaredOutageSnapshot> BY_ITEM_THEN_START = Comparator
            .comparing((DeclaredOutageSnapshot s) -> s.ci().toString()).thenComparing(DeclaredOutageSnapshot::start)
            .thenComparing(s -> s.id().toString());

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable table;
    private final String insertSql;

    public JdbcDeclaredOutages(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = new SnapshotTable("declared_outage", "declared-outage", dialect);
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO declared_outage (id, number, incident_id, "
                + "ci_id, start_at, end_at, withdrawn, version, snapshot) VALUES (:id, :number, :incident_id, :ci_id, "
                + ":start_at, :end_at, :withdrawn, :version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public DeclaredOutageId nextId() {
        return new DeclaredOutageId(UUID.randomUUID());
    }

    @Override
    public Optional<DeclaredOutage> find(DeclaredOutageId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding declared outage " + id,
                handle -> table.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public void save(DeclaredOutage outage) {
        checkNotNull(outage, "outage");
        DeclaredOutageSnapshot next = outage.snapshot();
        long expected = next.version() - outage.pendingEvents().size();
        String number = next.id().toString();
        transactions.withHandle("saving declared outage " + number, handle -> {
            if (expected == 0) {
                table.insert(handle, times(handle.createUpdate(insertSql), next)
                        .bind("id", dialect.uuid(next.id().value()))
                        .bind("number", number)
                        .bind("incident_id", dialect.uuid(next.incident().value()))
                        .bind("ci_id", dialect.uuid(next.ci().value()))
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.id().value(), number);
            } else {
                table.update(handle, times(handle.createUpdate(table.updateSql(
                                "start_at = :start_at, end_at = :end_at, withdrawn = :withdrawn")), next)
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.id().value(), number, expected);
            }
            return null;
        });
    }

    @Override
    public List<DeclaredOutage> ofIncident(TicketId incident) {
        checkNotNull(incident, "incident");
        return transactions.withHandle("reading the outages declared on " + incident, handle -> handle
                .createQuery("SELECT snapshot FROM declared_outage WHERE incident_id = :incident "
                        + "ORDER BY start_at, number")
                .bind("incident", dialect.uuid(incident.value()))
                .mapTo(String.class).map(this::restore).list());
    }

    @Override
    public List<DeclaredOutage> overlapping(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "period %s..%s does not end after it starts", from, to);
        List<DeclaredOutageSnapshot> found = new ArrayList<>(transactions.withHandle(
                "reading the declared outages of " + from + ".." + to, handle -> handle
                        .createQuery("SELECT snapshot FROM declared_outage WHERE withdrawn = :withdrawn "
                                + "AND start_at < :to AND (end_at IS NULL OR end_at > :from)")
                        .bind("withdrawn", false)
                        .bind("from", utc(from))
                        .bind("to", utc(to))
                        .mapTo(String.class).map(json -> codec.read(json, DeclaredOutageSnapshot.class)).list()));
        return found.stream().filter(s -> cis.isEmpty() || cis.contains(s.ci())).sorted(BY_ITEM_THEN_START)
                .map(DeclaredOutage::restore).toList();
    }

    /** Binds the start, the end (null while open) and whether it was withdrawn. */
    private static Update times(Update update, DeclaredOutageSnapshot next) {
        update.bind("start_at", utc(next.start())).bind("withdrawn", next.withdrawal().isPresent());
        return next.end().isPresent() ? update.bind("end_at", utc(next.end().get()))
                : update.bindNull("end_at", Types.TIMESTAMP);
    }

    private DeclaredOutage restore(String snapshot) {
        return DeclaredOutage.restore(codec.read(snapshot, DeclaredOutageSnapshot.class));
    }
}
