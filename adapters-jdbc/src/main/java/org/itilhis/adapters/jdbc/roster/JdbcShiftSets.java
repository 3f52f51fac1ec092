package org.itilhis.adapters.jdbc.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.ShiftSets;
import org.jdbi.v3.core.Handle;

/**
 * The groups' shift sets in {@code roster_shift_set}: each set whole (zone, calendar, shifts) as
 * JSON under its group, at its version. A group's first set is inserted at version 1; the next
 * is {@code UPDATE ... WHERE group_id = ? AND version = ?} with the version before it, so that of
 * two leads redefining the shifts at once the second gets a {@link VersionConflictException}.
 */
public final class JdbcShiftSets implements ShiftSets {
    private static final String KIND = "shifts";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcShiftSets(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public Optional<GroupShifts> find(GroupId group) {
        checkNotNull(group, "group");
        return transactions.withHandle("finding the shifts of " + group, handle -> handle
                .createQuery("SELECT definition FROM roster_shift_set WHERE group_id = :group")
                .bind("group", group.value())
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, GroupShifts.class)));
    }

    @Override
    public List<GroupShifts> all() {
        return transactions.withHandle("listing every group's shifts", handle -> handle
                .createQuery("SELECT definition FROM roster_shift_set ORDER BY group_id")
                .mapTo(String.class)
                .map(json -> codec.read(json, GroupShifts.class))
                .list());
    }

    @Override
    public void save(GroupShifts shifts) {
        checkNotNull(shifts, "shifts");
        String definition = codec.write(shifts);
        String group = shifts.group().value();
        transactions.withHandle("saving the shifts of " + shifts.group(), handle -> {
            if (shifts.version() == 1) {
                boolean inserted = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO roster_shift_set (group_id, version, definition) VALUES (:group, 1, "
                                        + dialect.json("definition") + ")"))
                        .bind("group", group)
                        .bind("definition", definition)
                        .execute());
                if (!inserted) {
                    throw conflict(shifts, storedVersion(handle, group));
                }
            } else {
                int updated = handle.createUpdate("UPDATE roster_shift_set SET version = :version, definition = "
                                + dialect.json("definition") + " WHERE group_id = :group AND version = :expected")
                        .bind("group", group)
                        .bind("version", shifts.version())
                        .bind("expected", shifts.version() - 1)
                        .bind("definition", definition)
                        .execute();
                if (updated == 0) {
                    throw conflict(shifts, storedVersion(handle, group));
                }
            }
            return null;
        });
    }

    private static long storedVersion(Handle handle, String group) {
        return handle.createQuery("SELECT version FROM roster_shift_set WHERE group_id = :group")
                .bind("group", group)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    private static VersionConflictException conflict(GroupShifts shifts, long actual) {
        return new VersionConflictException(KIND, shifts.group().value(), shifts.version() - 1, actual);
    }
}
