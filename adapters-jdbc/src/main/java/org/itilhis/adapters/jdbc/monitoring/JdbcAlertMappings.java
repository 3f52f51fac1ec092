package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;

/** The mapping rules in {@code alert_mapping}'s one row, as JSON at their version; no row: the defaults. */
public final class JdbcAlertMappings implements AlertMappingRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcAlertMappings(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public AlertMappings current() {
        return transactions.withHandle("reading the alert mapping rules", handle -> handle
                .createQuery("SELECT rules FROM alert_mapping WHERE id = 1")
                .map((rs, ctx) -> AlertMappings.restore(codec.read(rs.getString("rules"), AlertMappings.Snapshot.class)))
                .findOne()
                .orElseGet(AlertMappings::hospitalDefault));
    }

    @Override
    public void save(AlertMappings mappings, long expectedVersion) {
        AlertMappings.Snapshot snapshot = checkNotNull(mappings, "mappings").snapshot();
        String json = codec.write(snapshot);
        transactions.withHandle("saving the alert mapping rules", handle -> {
            boolean saved;
            if (expectedVersion == 0) {
                saved = dialect.inserted(() -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO alert_mapping (id, version, rules) VALUES (1, :version, "
                                        + dialect.json("rules") + ")"))
                        .bind("version", snapshot.version())
                        .bind("rules", json)
                        .execute());
            } else {
                saved = handle.createUpdate("UPDATE alert_mapping SET version = :version, rules = "
                                + dialect.json("rules") + " WHERE id = 1 AND version = :expected")
                        .bind("version", snapshot.version())
                        .bind("expected", expectedVersion)
                        .bind("rules", json)
                        .execute() > 0;
            }
            if (!saved) {
                long stored = handle.createQuery("SELECT version FROM alert_mapping WHERE id = 1").mapTo(Long.class)
                        .findOne().orElse(0L);
                throw new VersionConflictException("alert-mappings", AlertMappings.AGGREGATE_ID, expectedVersion,
                        stored);
            }
            return null;
        });
    }
}
