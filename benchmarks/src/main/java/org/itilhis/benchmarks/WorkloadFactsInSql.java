package org.itilhis.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The workload facts of the {@link WorkloadYear}'s event log computed in SQL
 * ({@code workload-facts.sql}: window functions over each ticket's events, as the projection's
 * attribution goes through them one by one), for two uses: to check the facts the projection
 * stored for the first events of the log ({@link #sameAsProjected}), and to fill the facts for
 * the rest of the log in minutes where the projection, a batch of 500 events per transaction,
 * would take most of an hour on the development machine ({@link #replaceUpTo}).
 */
final class WorkloadFactsInSql {
    private static final String SCRIPT = "workload-facts.sql";
    private static final String FACT_COLUMNS = "work_day, engineer, group_id, engineer_department, caller_department, "
            + "month_start, accepted, resolved, escalated, reassigned_away, contacts_logged, solved_first_contact, "
            + "minutes_worked, work_log_entries, reopened, ping_pong, sla_met, sla_breached, ratings, rating_points";
    private static final String INTERVAL_COLUMNS = "log_position, work_day, engineer, group_id, engineer_department, "
            + "caller_department, start_at, end_at";
    private static final String TRACK_COLUMNS = "aggregate_id, group_id, caller_department, group_moves, breached, "
            + "resolver, resolver_group, resolver_department";

    private final WorkloadYear year;

    WorkloadFactsInSql(WorkloadYear year) {
        this.year = year;
    }

    /**
     * Whether the facts, intervals and tracks stored (by the projection, up to {@code position})
     * are exactly those the SQL computes for the events up to {@code position}; prints the
     * differences when not.
     */
    boolean sameAsProjected(long position) {
        try (Connection connection = year.connect(); Statement statement = connection.createStatement()) {
            compute(statement, position);
            boolean same = true;
            for (String[] table : List.of(new String[] {"workload_fact", "bench_fact", FACT_COLUMNS},
                    new String[] {"workload_interval", "bench_interval", INTERVAL_COLUMNS},
                    new String[] {"workload_track", "bench_track", TRACK_COLUMNS})) {
                for (String[] pair : List.of(new String[] {table[0], table[1]}, new String[] {table[1], table[0]})) {
                    try (ResultSet rows = statement.executeQuery("SELECT " + table[2] + " FROM " + pair[0]
                            + " EXCEPT SELECT " + table[2] + " FROM " + pair[1] + " LIMIT 5")) {
                        while (rows.next()) {
                            same = false;
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                                row.append(i > 1 ? ", " : "").append(rows.getString(i));
                            }
                            System.out.printf(Locale.ROOT, "  in %s, not in %s: %s%n", pair[0], pair[1], row);
                        }
                    }
                }
            }
            return same;
        } catch (SQLException failure) {
            throw new IllegalStateException("comparing the projected facts with SQL's: " + failure.getMessage(), failure);
        }
    }

    /**
     * Replaces the facts, intervals and tracks with those the SQL computes for the events up to
     * {@code position}, and sets the projection's position to it, in one transaction; answers
     * how many facts, intervals and tracks there are. The rows are inserted in the order the
     * projection inserts them (by day, by log position), so that a period's rows lie together.
     */
    String replaceUpTo(long position) {
        try (Connection connection = year.connect(); Statement statement = connection.createStatement()) {
            compute(statement, position);
            connection.setAutoCommit(false);
            statement.execute("DELETE FROM workload_fact");
            statement.execute("DELETE FROM workload_interval");
            statement.execute("DELETE FROM workload_track");
            int facts = statement.executeUpdate("INSERT INTO workload_fact (" + FACT_COLUMNS + ") SELECT "
                    + FACT_COLUMNS + " FROM bench_fact ORDER BY work_day");
            int intervals = statement.executeUpdate("INSERT INTO workload_interval (" + INTERVAL_COLUMNS + ") SELECT "
                    + INTERVAL_COLUMNS + " FROM bench_interval ORDER BY log_position");
            int tracks = statement.executeUpdate("INSERT INTO workload_track (" + TRACK_COLUMNS + ") SELECT "
                    + TRACK_COLUMNS + " FROM bench_track");
            statement.execute("UPDATE workload_position SET log_position = " + position + " WHERE id = 1");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE workload_fact");
            statement.execute("VACUUM ANALYZE workload_interval");
            statement.execute("VACUUM ANALYZE workload_track");
            return String.format(Locale.ROOT, "%,d facts, %,d intervals, %,d tracks", facts, intervals, tracks);
        } catch (SQLException failure) {
            throw new IllegalStateException("filling the workload facts in SQL: " + failure.getMessage(), failure);
        }
    }

    private static void compute(Statement statement, long position) throws SQLException {
        statement.execute("SET work_mem = '256MB'");
        for (String sql : WorkloadYear.statements(script().replace("${up_to}", Long.toString(position)))) {
            statement.execute(sql);
        }
    }

    private static String script() {
        try (InputStream in = WorkloadFactsInSql.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
