package org.itilhis.adapters.jdbc.roster;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotRows;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.HandoverRepository;

/**
 * Shift handovers in the {@code shift_handover} table: the group, the change of shift and
 * whether both have signed beside the whole {@link HandoverSnapshot} as JSON, from which
 * handovers are restored; optimistic locking as rosters have ({@link VersionConflictException},
 * kind {@code handover}). The overdue check reads the handovers not signed by both through an
 * index on that flag and the change of shift.
 */
public final class JdbcHandoverRepository implements HandoverRepository {
    /** As {@code JdbcRosterRepository}'s: the columns' microseconds never leave a handover out of a period. */
    private static final Duration MARGIN = Duration.ofMillis(1);

    private final JdbcTransactions transactions;
    private final JsonCodec codec;
    private final SnapshotRows rows;

    public JdbcHandoverRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotRows(checkNotNull(dialect, "dialect"), "shift_handover", "handover");
    }

    @Override
    public HandoverId nextId() {
        return new HandoverId(UUID.randomUUID());
    }

    @Override
    public Optional<Handover> find(HandoverId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding handover " + id, handle -> rows.find(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(Handover handover) {
        checkNotNull(handover, "handover");
        HandoverSnapshot next = handover.snapshot();
        long expected = next.version() - handover.pendingEvents().size();
        transactions.withHandle("saving handover " + next.id(), handle -> {
            rows.save(handle, next.id().value(), expected, next.version(), ImmutableMap.of(
                    "group_id", next.group().value(),
                    "shift_change", utc(next.shiftChange()),
                    "signed_by_both", handover.signedByBoth()), codec.write(next));
            return null;
        });
    }

    @Override
    public List<Handover> ofGroup(GroupId group, Instant from, Instant to) {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!from.isBefore(to)) {
            return List.of();
        }
        return transactions.withHandle("reading the handovers of " + group + " from " + from + " to " + to,
                handle -> ordered(handle.createQuery("SELECT snapshot FROM shift_handover WHERE group_id = :group "
                                + "AND shift_change >= :from AND shift_change < :to")
                        .bind("group", group.value())
                        .bind("from", utc(from.minus(MARGIN)))
                        .bind("to", utc(to.plus(MARGIN)))
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .filter(handover -> !handover.shiftChange().isBefore(from)
                                && handover.shiftChange().isBefore(to))
                        .toList()));
    }

    @Override
    public List<Handover> unsignedChangedBefore(Instant before) {
        checkNotNull(before, "before");
        return transactions.withHandle("reading the handovers not signed by both before " + before,
                handle -> ordered(handle.createQuery("SELECT snapshot FROM shift_handover "
                                + "WHERE signed_by_both = :signed AND shift_change < :before")
                        .bind("signed", false)
                        .bind("before", utc(before.plus(MARGIN)))
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .filter(handover -> handover.shiftChange().isBefore(before))
                        .toList()));
    }

    /** By change of shift; handovers of the same change of shift by id, so that the order is stable. */
    private static List<Handover> ordered(List<Handover> handovers) {
        return handovers.stream()
                .sorted(Comparator.comparing(Handover::shiftChange).thenComparing(handover -> handover.id().value()))
                .toList();
    }

    private Handover restore(String snapshot) {
        return Handover.restore(codec.read(snapshot, HandoverSnapshot.class));
    }
}
