package org.itilhis.adapters.jdbc.roster;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotRows;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.SwapRepository;

/**
 * Duty swaps in the {@code roster_swap} table: the group, roster, status and time of the request
 * beside the whole {@link SwapSnapshot} as JSON, from which swaps are restored; optimistic
 * locking as rosters have ({@link VersionConflictException}, kind {@code swap}).
 */
public final class JdbcSwapRepository implements SwapRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotRows rows;

    public JdbcSwapRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotRows(dialect, "roster_swap", "swap");
    }

    @Override
    public SwapId nextId() {
        return new SwapId(UUID.randomUUID());
    }

    @Override
    public Optional<Swap> find(SwapId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding swap " + id, handle -> rows.find(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(Swap swap) {
        checkNotNull(swap, "swap");
        SwapSnapshot next = swap.snapshot();
        long expected = next.version() - swap.pendingEvents().size();
        transactions.withHandle("saving swap " + next.id(), handle -> {
            rows.save(handle, next.id().value(), expected, next.version(), ImmutableMap.of(
                    "roster_id", dialect.uuid(next.request().roster().value()),
                    "group_id", next.request().group().value(),
                    "status", next.status().name(),
                    "requested_at", utc(next.requestedAt())), codec.write(next));
            return null;
        });
    }

    /** Newest request first; requests of the same instant by id, so that the order is stable. */
    @Override
    public List<Swap> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return transactions.withHandle("reading the swaps of " + group, handle -> handle
                .createQuery("SELECT snapshot FROM roster_swap WHERE group_id = :group")
                .bind("group", group.value())
                .mapTo(String.class)
                .map(this::restore)
                .list()
                .stream()
                .sorted(Comparator.comparing(Swap::requestedAt).reversed()
                        .thenComparing(swap -> swap.id().value()))
                .toList());
    }

    private Swap restore(String snapshot) {
        return Swap.restore(codec.read(snapshot, SwapSnapshot.class));
    }
}
