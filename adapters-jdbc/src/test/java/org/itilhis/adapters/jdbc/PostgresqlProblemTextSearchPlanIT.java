package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.itilhis.testkit.database.DatabaseServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A problem search by text is served by the trigram indexes of migration V20 on PostgreSQL,
 * not by reading every problem: 20,000 problems loaded by SQL, one of them about an expired
 * certificate, and the plan of the adapter's text condition read back.
 */
class PostgresqlProblemTextSearchPlanIT extends DatabaseIT {
    private static final int ROWS = 20_000;

    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }

    @BeforeAll
    void loadProblems() {
        storage.transactions().withHandle("loading", handle -> {
            handle.execute("INSERT INTO problem (id, number, number_key, status, priority, group_id, manager, summary, "
                    + "description, logged_at, updated_at, version, snapshot) "
                    + "SELECT gen_random_uuid(), 'PRB-2026-' || g, 'PRB-2026-' || lpad(g::text, 19, '0'), "
                    + "'UNDER_INVESTIGATION', 3, 'desktop', 'PM001', "
                    + "CASE WHEN g = 4242 THEN '挂号工作站证书过期' ELSE '打印机卡纸 第' || g || '次' END, "
                    + "'printer jams at window ' || g, now(), now(), 1, '{}'::jsonb FROM generate_series(1, " + ROWS + ") g");
            // what autovacuum does after a day of problems logged one by one: the rows inserted
            // since the index was built move from the indexes' pending lists into the indexes
            handle.execute("SELECT gin_clean_pending_list('problem_summary_trgm_ix')");
            handle.execute("SELECT gin_clean_pending_list('problem_description_trgm_ix')");
            handle.execute("ANALYZE problem");
            return null;
        });
    }

    @Test
    void aSearchForAWordInTheSummaryOrDescriptionReadsTheTrigramIndexes() {
        String plan = plan("SELECT id FROM problem WHERE (summary ILIKE '%证书过期%' OR description ILIKE '%证书过期%') "
                + "ORDER BY number_key LIMIT 50");

        assertThat(plan).contains("problem_summary_trgm_ix", "problem_description_trgm_ix")
                .doesNotContain("Seq Scan");
    }

    private String plan(String sql) {
        List<String> lines = storage.transactions().withHandle("explaining", handle ->
                handle.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
        return String.join("\n", lines);
    }
}
