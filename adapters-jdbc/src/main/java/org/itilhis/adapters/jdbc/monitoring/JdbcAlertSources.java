package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;
import org.jdbi.v3.core.Handle;

/** The monitoring sources in {@code alert_source}: each whole as JSON under its code at its version. */
public final class JdbcAlertSources implements AlertSourceRepository {
    private static final String RECORD = "alert-source";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcAlertSources(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public Optional<AlertSource> find(String code) {
        checkNotNull(code, "code");
        return transactions.withHandle("finding alert source " + code, handle -> handle
                .createQuery("SELECT source FROM alert_source WHERE code = :code")
                .bind("code", code)
                .map((rs, ctx) -> restore(rs.getString("source")))
                .findOne());
    }

    @Override
    public List<AlertSource> all() {
        return transactions.withHandle("listing the alert sources", handle -> handle
                .createQuery("SELECT source FROM alert_source ORDER BY code")
                .map((rs, ctx) -> restore(rs.getString("source")))
                .list());
    }

    @Override
    public void save(AlertSource source, long expectedVersion) {
        AlertSource.Snapshot snapshot = checkNotNull(source, "source").snapshot();
        String json = codec.write(snapshot);
        transactions.withHandle("saving alert source " + snapshot.code(), handle -> {
            boolean saved;
            if (expectedVersion == 0) {
                saved = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO alert_source (code, version, source) VALUES (:code, :version, "
                                        + dialect.json("source") + ")"))
                        .bind("code", snapshot.code())
                        .bind("version", snapshot.version())
                        .bind("source", json)
                        .execute());
            } else {
                saved = handle.createUpdate("UPDATE alert_source SET version = :version, source = "
                                + dialect.json("source") + " WHERE code = :code AND version = :expected")
                        .bind("code", snapshot.code())
                        .bind("version", snapshot.version())
                        .bind("expected", expectedVersion)
                        .bind("source", json)
                        .execute() > 0;
            }
            if (!saved) {
                throw new VersionConflictException(RECORD, snapshot.code(), expectedVersion,
                        storedVersion(handle, snapshot.code()));
            }
            return null;
        });
    }

    private AlertSource restore(String json) {
        return AlertSource.restore(codec.read(json, AlertSource.Snapshot.class));
    }

    private static long storedVersion(Handle handle, String code) {
        return handle.createQuery("SELECT version FROM alert_source WHERE code = :code")
                .bind("code", code)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
