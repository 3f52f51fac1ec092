package org.itilhis.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.testkit.database.DatabaseServer;

/**
 * One test class's own schema or database: a pool on it, the storage (migrating the schema
 * when first asked for, so that a test may put an older schema in place first), and how to
 * drop it all again.
 */
final class IsolatedDatabase implements AutoCloseable {
    private final DatabaseServer database;
    private final HikariDataSource dataSource;
    private final DatabaseServer.Scratch scratch;
    private final Runnable drop;
    private final List<HikariDataSource> otherPools = new ArrayList<>();
    private JdbcServiceDeskStorage storage;

    private IsolatedDatabase(DatabaseServer database, DatabaseServer.Scratch scratch) {
        this.database = database;
        this.scratch = scratch;
        this.drop = scratch::close;
        this.dataSource = JdbcDataSources.pooled(scratch.url(), scratch.user(), scratch.password(), 12);
    }

    /** A fresh schema or database on {@code server} for one test class. */
    static IsolatedDatabase of(DatabaseServer server) {
        return new IsolatedDatabase(server, server.scratch("itilhis_it"));
    }

    DatabaseServer database() {
        return database;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    JdbcServiceDeskStorage storage() {
        if (storage == null) {
            storage = JdbcServiceDeskStorage.create(dataSource);
        }
        return storage;
    }

    /**
     * Deletes every row of the adapter's tables, for contract tests that each expect empty
     * storage. (Test cleanup: the adapter itself never deletes an event.)
     */
    void emptyTables() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"ticket", "contact", "event", "ticket_number_year", "idempotency",
                    "sla_configuration", "sla_calendar", "sla_watch", "sla_watch_position", "sla_standing", "escalation",
                    "configuration_item", "affected_ci_link", "personal_data_read", "problem", "problem_incident",
                    "problem_number_year", "problem_dismissal", "knowledge_article", "knowledge_article_ci",
                    "knowledge_article_number_year", "change_record", "change_ci", "change_number_year",
                    "change_advisory_board", "change_template", "change_window",
                    "release_record", "release_change", "release_number_year", "on_call_page",
                    "roster_shift_set", "roster", "roster_duty", "roster_swap", "shift_handover",
                    "workload_fact", "workload_interval", "workload_track",
                    "fault_incident_link",
                    // operations: inspections
                    "inspection_template", "inspection_schedule", "inspection_round", "inspection_failed_item",
                    "backup_job", "backup_run", "backup_missed_run", "restore_test",
                    "stock_item", "stock_store_room", "stock_balance", "stock_movement",
                    "repair_record",
                    "fault_incident_link", "machine_room_entry", "webhook_subscription",
                    "mail_reply",
                    // notifications: the relay
                    "relay_position", "relay_pending",
                    // monitoring: the alert intake
                    "alert_source", "alert_mapping", "alert", "alert_rejection",
                    // monitoring: the correlation
                    "monitoring_alert_standing", "ci_operational_state", "ci_state_period",
                    "monitoring_alert_incident", "monitoring_problem_incident", "monitoring_correlation_group",
                    "monitoring_group_service",
                    // availability
                    "declared_outage", "availability_target"}) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("UPDATE workload_position SET log_position = 0");
            statement.executeUpdate("UPDATE alert_log_head SET last_position = 0");
            statement.executeUpdate("UPDATE monitoring_correlator_position SET position = 0");
            // the chain starts afresh, at position 1, as on a new database
            statement.executeUpdate("UPDATE event_chain SET last_position = 0, last_hash = NULL");
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot empty the tables of " + dataSource.getJdbcUrl(), failure);
        }
    }

    /** Another pool on the same schema or database, as a second application node would have; closed with this. */
    HikariDataSource otherPool() {
        HikariDataSource pool = JdbcDataSources.pooled(scratch.url(), scratch.user(), scratch.password(), 12);
        otherPools.add(pool);
        return pool;
    }

    /**
     * A pool of {@code size} connections on the same schema or database whose callers give up
     * after {@code connectionTimeout} waiting for a free one; closed with this.
     */
    HikariDataSource pool(int size, Duration connectionTimeout) {
        HikariDataSource pool = JdbcDataSources.pooled(scratch.url(), scratch.user(), scratch.password(), size);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        otherPools.add(pool);
        return pool;
    }

    /** Another storage on the same database, as a second application node would have. */
    JdbcServiceDeskStorage secondNode() {
        return JdbcServiceDeskStorage.create(dataSource);
    }

    /** Drops the in-memory database, which DB_CLOSE_DELAY=-1 keeps alive after the pool closes. */
    private void shutDownH2() {
        try (Connection connection = DriverManager.getConnection(dataSource.getJdbcUrl(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot shut the in-memory H2 database down", failure);
        }
    }

    /** Closes the pools but leaves the schema or database for a look with psql (the plan tool's option). */
    void closeKeepingData() {
        try {
            closeStorage();
        } finally {
            otherPools.forEach(HikariDataSource::close);
            dataSource.close();
        }
    }

    @Override
    public void close() {
        try {
            closeStorage();
        } finally {
            otherPools.forEach(HikariDataSource::close);
            dataSource.close();
            if (database == DatabaseServer.H2) {
                shutDownH2();
            }
            drop.run();
        }
    }

    private void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }
}
