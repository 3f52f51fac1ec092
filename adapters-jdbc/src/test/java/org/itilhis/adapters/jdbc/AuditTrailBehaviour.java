package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.jdbc.common.JdbcEventChain;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.AuditTrailCheck.BrokenLink;
import org.itilhis.ports.common.AuditTrailCheck.Fault;
import org.itilhis.ports.common.LoggedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's verification (ADR 0013) on one database: events edited, deleted and inserted
 * directly in the tables, as someone with database access would, are each found at their
 * position with what was done. Every test starts from an empty log (a broken chain would
 * otherwise break the next test's), seals a ticket's events and tampers with them.
 */
abstract class AuditTrailBehaviour extends DatabaseIT {
    private List<Long> positions;

    @BeforeEach
    void sealAFreshLog() {
        db.emptyTables();
        storage.events().append(List.copyOf(Samples.everyTicketEvent()));
        positions = storage.events().readAfter(0, 1000).stream().map(LoggedEvent::position).toList();
        assertThat(positions).hasSizeGreaterThan(5);
    }

    @Test
    void aLogNobodyTouchedHoldsWithEveryEventCounted() {
        AuditTrailCheck check = storage.events().verify();

        assertThat(check.holds()).isTrue();
        assertThat(check).isEqualTo(AuditTrailCheck.holding(positions.size(), 0, last()));
    }

    @Test
    void anEventWhosePayloadWasEditedBreaksTheChainAtItsPosition() {
        long edited = positions.get(2);
        update("UPDATE event SET payload = " + storage.dialect().json("payload") + " WHERE position = :position",
                Map.of("payload", "{\"changed\":true}", "position", edited));

        assertBrokenAt(edited, Fault.HASH_MISMATCH, 2);
    }

    @Test
    void anEventWhoseActorWasEditedBreaksTheChainAtItsPosition() {
        long edited = positions.get(3);
        update("UPDATE event SET actor = 'someone-else' WHERE position = :position", Map.of("position", edited));

        assertBrokenAt(edited, Fault.HASH_MISMATCH, 3);
    }

    @Test
    void anEventWhoseTypeWasEditedBreaksTheChainAtItsPosition() {
        long edited = positions.get(0);
        update("UPDATE event SET type = 'TicketEvent.Cancelled' WHERE position = :position", Map.of("position", edited));

        assertBrokenAt(edited, Fault.HASH_MISMATCH, 0);
    }

    @Test
    void anEventDeletedInTheMiddleIsAMissingPosition() {
        long deleted = positions.get(4);
        update("DELETE FROM event WHERE position = :position", Map.of("position", deleted));

        assertBrokenAt(deleted, Fault.POSITION_MISSING, 4);
    }

    @Test
    void theLastEventDeletedLeavesTheHeadNamingAnEventThatIsGone() {
        update("DELETE FROM event WHERE position = :position", Map.of("position", last()));

        assertBrokenAt(last(), Fault.HEAD_MISMATCH, positions.size() - 1);
    }

    @Test
    void anEventInsertedBeyondTheHeadWithAForgedPositionAndHashIsOutsideTheChain() {
        long forged = last() + 1;
        insertCopyOfTheLastEventAt(forged, true);

        assertBrokenAt(forged, Fault.OUTSIDE_CHAIN, positions.size());
    }

    /** The forged event holds the position the sealer would give next: the verification finds it all the same. */
    @Test
    void anEventInsertedBeyondTheHeadIsFoundThoughItStopsTheNextSealing() {
        long forged = last() + 1;
        insertCopyOfTheLastEventAt(forged, true);
        storage.events().append(List.copyOf(Samples.everyTicketEvent()));

        assertBrokenAt(forged, Fault.OUTSIDE_CHAIN, positions.size());
    }

    @Test
    void anEventInsertedWithAPositionAndNoHashIsOutsideTheChainBeyondTheHead() {
        long inserted = last() + 1;
        insertCopyOfTheLastEventAt(inserted, false);

        assertBrokenAt(inserted, Fault.OUTSIDE_CHAIN, positions.size());
    }

    @Test
    void anEventInsertedWithAPositionAndNoHashUnderAMovedHeadHasNoHash() {
        long inserted = last() + 1;
        insertCopyOfTheLastEventAt(inserted, false);
        update("UPDATE event_chain SET last_position = :position", Map.of("position", inserted));

        assertBrokenAt(inserted, Fault.HASH_MISSING, positions.size());
    }

    @Test
    void anEventWhoseHashWasErasedHasNoHash() {
        long erased = positions.get(1);
        update("UPDATE event SET chain_hash = NULL WHERE position = :position", Map.of("position", erased));

        assertBrokenAt(erased, Fault.HASH_MISSING, 1);
    }

    @Test
    void anEventInsertedAtPositionZeroIsOutsideTheChain() {
        insertCopyOfTheLastEventAt(0, true);

        assertBrokenAt(0, Fault.OUTSIDE_CHAIN, 0);
    }

    /**
     * The limit ADR 0013 names: the hash takes no secret, so a forger who can write both tables
     * appends an event and moves the head over it undetected. The database-level protection (the
     * runtime role may not update events or the head) and an anchor kept outside are the answer.
     */
    @Test
    void aForgerWhoAlsoMovesTheHeadIsNotFound() {
        long forged = last() + 1;
        String hash = insertCopyOfTheLastEventAt(forged, true);
        update("UPDATE event_chain SET last_position = :position, last_hash = :hash",
                Map.of("position", forged, "hash", hash));

        assertThat(storage.events().verify().holds()).isTrue();
    }

    @Test
    void theCommandLineExitsZeroWhenTheChainHoldsOneWhenBrokenTwoWhenItCannotCheck() {
        assertThat(commandLine(db.dataSource().getJdbcUrl())).isEqualTo(VerifyAuditTrail.HOLDS);

        update("UPDATE event SET actor = 'someone-else' WHERE position = :position", Map.of("position", positions.get(1)));
        assertThat(commandLine(db.dataSource().getJdbcUrl())).isEqualTo(VerifyAuditTrail.BROKEN);

        assertThat(commandLine("jdbc:nothing-here:db")).isEqualTo(VerifyAuditTrail.NOT_CHECKED);
    }

    private int commandLine(String url) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String password = db.dataSource().getPassword();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            return VerifyAuditTrail.run(List.of(url, db.dataSource().getUsername()),
                    password == null ? Map.of() : Map.of(VerifyAuditTrail.PASSWORD, password), out, out);
        }
    }

    private void assertBrokenAt(long position, Fault fault, int eventsInPlace) {
        AuditTrailCheck check = storage.events().verify();

        assertThat(check.firstBrokenLink()).contains(new BrokenLink(position, fault));
        assertThat(check.eventsChecked()).isEqualTo(eventsInPlace);
        assertThat(check.lastPosition()).isEqualTo(eventsInPlace == 0 ? 0 : positions.get(eventsInPlace - 1));
    }

    private long last() {
        return positions.get(positions.size() - 1);
    }

    /** A copy of the last event at {@code position}, with its chain hash computed as a forger would, or none. */
    private String insertCopyOfTheLastEventAt(long position, boolean hashed) {
        return storage.transactions().withHandle("forging an event", handle -> {
            Map<String, Object> lastEvent = handle.createQuery(
                            "SELECT aggregate_id, type, actor, occurred_at, payload, chain_hash FROM event "
                                    + "WHERE position = :position")
                    .bind("position", last())
                    .map((row, context) -> Map.<String, Object>of("aggregate_id", row.getString("aggregate_id"),
                            "type", row.getString("type"), "actor", row.getString("actor"),
                            "occurred_at", SqlValues.utc(row, "occurred_at"), "payload", row.getString("payload"),
                            "chain_hash", row.getString("chain_hash")))
                    .one();
            String hash = JdbcEventChain.hash((String) lastEvent.get("chain_hash"), position,
                    (String) lastEvent.get("aggregate_id"), (String) lastEvent.get("type"),
                    (String) lastEvent.get("actor"), (Instant) lastEvent.get("occurred_at"),
                    (String) lastEvent.get("payload"));
            handle.createUpdate("INSERT INTO event (aggregate_id, type, actor, occurred_at, payload, position, chain_hash) "
                            + "VALUES (:aggregate_id, :type, :actor, :occurred_at, " + storage.dialect().json("payload")
                            + ", :position, :chain_hash)")
                    .bind("aggregate_id", (String) lastEvent.get("aggregate_id"))
                    .bind("type", (String) lastEvent.get("type"))
                    .bind("actor", (String) lastEvent.get("actor"))
                    .bind("occurred_at", SqlValues.utc((Instant) lastEvent.get("occurred_at")))
                    .bind("payload", (String) lastEvent.get("payload"))
                    .bind("position", position)
                    .bind("chain_hash", hashed ? hash : null)
                    .execute();
            return hash;
        });
    }

    private void update(String sql, Map<String, Object> arguments) {
        storage.transactions().withHandle("tampering with the log", handle -> handle.createUpdate(sql)
                .bindMap(arguments)
                .execute());
    }
}
