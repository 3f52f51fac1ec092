package org.itilhis.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One test class's own schema or database: a pool on it, the migrated storage, and how to
 * drop it all again.
 */
final class IsolatedDatabase implements AutoCloseable {
    private final TestDatabase database;
    private final HikariDataSource dataSource;
    private final Runnable drop;
    private final JdbcServiceDeskStorage storage;

    IsolatedDatabase(TestDatabase database, String url, String user, String password, Runnable drop) {
        this.database = database;
        this.drop = drop;
        this.dataSource = JdbcDataSources.pooled(url, user, password, 12);
        this.storage = JdbcServiceDeskStorage.create(dataSource);
    }

    TestDatabase database() {
        return database;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    JdbcServiceDeskStorage storage() {
        return storage;
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

    @Override
    public void close() {
        try {
            storage.close();
        } finally {
            dataSource.close();
            if (database == TestDatabase.H2) {
                shutDownH2();
            }
            drop.run();
        }
    }
}
