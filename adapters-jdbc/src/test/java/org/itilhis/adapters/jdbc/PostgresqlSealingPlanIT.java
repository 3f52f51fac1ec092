package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.itilhis.adapters.jdbc.common.JdbcEventChain;
import org.itilhis.adapters.jdbc.configuration.JdbcConfigurationItemRepository;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reads that look for unsealed events and unrevised configuration items stay index reads
 * on PostgreSQL when its statistics were gathered during a bulk load, while nearly every row
 * was waiting (ADR 0009): the situation in which the same reads, unordered, scanned the whole
 * table at every follower read. The rows are loaded by SQL, analysed while waiting, then sealed
 * and revised by the adapter.
 */
class PostgresqlSealingPlanIT extends DatabaseIT {
    private static final int ROWS = 20_000;

    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }

    @BeforeAll
    void loadRowsAndGatherStatisticsWhileTheyWait() {
        storage.transactions().withHandle("loading", handle -> {
            handle.execute("INSERT INTO event (aggregate_id, type, actor, occurred_at, payload) "
                    + "SELECT 'ticket-' || g, 'TicketRaised', 'N0001', now(), '{\"summary\":\"printer jam\"}'::jsonb "
                    + "FROM generate_series(1, " + ROWS + ") g");
            handle.execute("INSERT INTO configuration_item (id, asset_tag, asset_tag_key, class_code, status, name_key, "
                    + "version, snapshot) SELECT gen_random_uuid(), 'PC-' || g, 'pc-' || g, 'workstation', 'IN_USE', "
                    + "'pc ' || g, 1, '{}'::jsonb FROM generate_series(1, " + ROWS + ") g");
            handle.execute("ANALYZE event");
            handle.execute("ANALYZE configuration_item");
            return null;
        });
        assertThat(new JdbcEventChain(storage.transactions()).seal()).isEqualTo(ROWS);
        storage.transactions().withHandle("revising", handle -> handle.execute(
                "UPDATE configuration_item SET saved_revision = 1"));
    }

    @Test
    void theAnythingToSealReadUsesThePartialIndexOfUnsealedEvents() {
        assertThat(plan(JdbcEventChain.ANY_UNSEALED)).contains("event_unsealed_ix").doesNotContain("Seq Scan");
    }

    @Test
    void theBatchOfEventsToSealIsReadFromThePartialIndexInAppendOrder() {
        assertThat(plan(JdbcEventChain.UNSEALED)).contains("event_unsealed_ix").doesNotContain("Seq Scan", "Sort");
    }

    @Test
    void theAnythingToReviseReadUsesThePartialIndexOfUnrevisedItems() {
        assertThat(plan(JdbcConfigurationItemRepository.UNREVISED.replace(":limit", "1")))
                .contains("configuration_item_unrevised_ix").doesNotContain("Seq Scan");
    }

    @Test
    void withoutTheOrderTheSameReadScansTheWholeTable() {
        assertThat(plan("SELECT append_id FROM event WHERE position IS NULL LIMIT 1")).contains("Seq Scan on event");
    }

    private String plan(String sql) {
        List<String> lines = storage.transactions().withHandle("explaining", handle ->
                handle.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
        return String.join("\n", lines);
    }
}
