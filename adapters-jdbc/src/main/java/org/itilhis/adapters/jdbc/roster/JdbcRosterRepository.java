package org.itilhis.adapters.jdbc.roster;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotRows;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.RosterRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Rosters in the {@code roster} table (group, period, version and the whole {@link
 * RosterSnapshot} as JSON, from which rosters are restored), and their duties in {@code
 * roster_duty}, rewritten with every save, each duty whole as JSON beside the engineer and its
 * start and end: the duties of a period (who was on call, the workload report's rostered time)
 * are read from there without restoring a roster. Saving a changed roster is {@code UPDATE ...
 * WHERE id = ? AND version = ?}: when no row matches, someone else saved first and the save fails
 * with a {@link VersionConflictException} (kind {@code roster}) carrying the stored version.
 */
public final class JdbcRosterRepository implements RosterRepository {
    /**
     * How far the query of the duties of a period widens it, so that the microseconds the columns
     * keep (rounded on PostgreSQL and H2, truncated on MariaDB) never leave a duty out; the exact
     * overlap is then decided on the duty's own instants.
     */
    private static final Duration MARGIN = Duration.ofMillis(1);

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotRows rows;

    public JdbcRosterRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotRows(dialect, "roster", "roster");
    }

    @Override
    public RosterId nextId() {
        return new RosterId(UUID.randomUUID());
    }

    @Override
    public Optional<Roster> find(RosterId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding roster " + id, handle -> rows.find(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(Roster roster) {
        checkNotNull(roster, "roster");
        RosterSnapshot next = roster.snapshot();
        long expected = next.version() - roster.pendingEvents().size();
        Object id = dialect.uuid(next.id().value());
        transactions.withHandle("saving roster " + next.id(), handle -> {
            rows.save(handle, next.id().value(), expected, next.version(), ImmutableMap.of(
                    "group_id", next.group().value(),
                    "period_from", next.period().from(),
                    "period_to", next.period().to()), codec.write(next));
            if (expected != 0) {
                handle.createUpdate("DELETE FROM roster_duty WHERE roster_id = :id").bind("id", id).execute();
            }
            writeDuties(handle, id, next);
            return null;
        });
    }

    @Override
    public List<Roster> ofGroup(GroupId group, LocalDate from, LocalDate to) {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return transactions.withHandle("reading the rosters of " + group + " from " + from + " to " + to,
                handle -> handle.createQuery("SELECT snapshot FROM roster WHERE group_id = :group "
                                + "AND period_from <= :to AND period_to >= :from ORDER BY period_from")
                        .bind("group", group.value())
                        .bind("from", from)
                        .bind("to", to)
                        .mapTo(String.class)
                        .map(this::restore)
                        .list());
    }

    @Override
    public List<RosterEntry> dutiesOverlapping(Set<StaffId> engineers, Instant from, Instant to) {
        checkNotNull(engineers, "engineers");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!from.isBefore(to)) {
            return List.of();
        }
        String among = engineers.isEmpty() ? "" : " AND engineer IN (<engineers>)";
        return transactions.withHandle("reading the duties from " + from + " to " + to, handle -> {
            Query query = handle.createQuery("SELECT entry, position FROM roster_duty "
                            + "WHERE duty_start < :to AND duty_end > :from" + among)
                    .bind("from", utc(from.minus(MARGIN)))
                    .bind("to", utc(to.plus(MARGIN)));
            if (!engineers.isEmpty()) {
                query.bindList("engineers", engineers.stream().map(StaffId::value).toList());
            }
            return query.map((row, context) -> new Placed(codec.read(row.getString("entry"), RosterEntry.class),
                            row.getInt("position")))
                    .list()
                    .stream()
                    .filter(placed -> placed.entry().duty().overlaps(from, to))
                    .sorted(Comparator.comparing((Placed placed) -> placed.entry().duty().start())
                            .thenComparing(placed -> placed.entry().engineer().value())
                            .thenComparingInt(Placed::position))
                    .map(Placed::entry)
                    .toList();
        });
    }

    private void writeDuties(Handle handle, Object id, RosterSnapshot next) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO roster_duty (roster_id, position, engineer, duty_start, "
                + "duty_end, entry) VALUES (:roster_id, :position, :engineer, :duty_start, :duty_end, "
                + dialect.json("entry") + ")");
        int position = 0;
        for (RosterEntry entry : next.duties()) {
            batch.bind("roster_id", id)
                    .bind("position", position++)
                    .bind("engineer", entry.engineer().value())
                    .bind("duty_start", utc(entry.duty().start()))
                    .bind("duty_end", utc(entry.duty().end()))
                    .bind("entry", codec.write(entry))
                    .add();
        }
        if (position > 0) {
            batch.execute();
        }
    }

    private Roster restore(String snapshot) {
        return Roster.restore(codec.read(snapshot, RosterSnapshot.class));
    }

    /** A duty read with its place in its roster's order. */
    private record Placed(RosterEntry entry, int position) {
    }
}
