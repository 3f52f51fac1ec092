package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * Connection pools for embedders that do not bring their own {@link javax.sql.DataSource}:
 * HikariCP with READ COMMITTED connections. The JDBC driver of the database must be on the
 * class path. Close the pool when the application stops.
 */
public final class JdbcDataSources {
    /** The default pool size: enough for a hospital's service desk on one node. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /**
     * How long a caller waits for a free connection before it fails with a storage error (503
     * over REST): long enough for a burst, far shorter than Hikari's 30 s, which would leave an
     * overloaded server's clients hanging.
     */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private JdbcDataSources() {
    }

    /** A pool of {@value #DEFAULT_POOL_SIZE} connections to {@code url}; {@code password} may be empty. */
    public static HikariDataSource pooled(String url, String user, String password) {
        return pooled(url, user, password, DEFAULT_POOL_SIZE);
    }

    /** A pool of at most {@code maximumPoolSize} connections to {@code url}. */
    public static HikariDataSource pooled(String url, String user, String password, int maximumPoolSize) {
        checkNotNull(url, "url");
        checkArgument(url.startsWith("jdbc:"), "%s is not a JDBC URL", url);
        checkArgument(maximumPoolSize >= 1, "the pool needs at least 1 connection, not %s", maximumPoolSize);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password == null || password.isEmpty() ? null : password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("itilhis");
        return new HikariDataSource(config);
    }
}
