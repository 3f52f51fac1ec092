package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.core.monitoring.RejectionReason;
import org.itilhis.ports.monitoring.in.RejectionView;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The rejected deliveries and alerts in {@code alert_rejection}, numbered by its identity column. */
public final class JdbcAlertRejections implements AlertRejectionLog {
    private final JdbcTransactions transactions;

    JdbcAlertRejections(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
    }

    @Override
    public void record(List<AlertRejection> rejections) {
        checkNotNull(rejections, "rejections");
        if (rejections.isEmpty()) {
            return;
        }
        transactions.withHandle("keeping " + rejections.size() + " alert rejections", handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO alert_rejection (source, reason, field, detail,"
                    + " excerpt, received_at) VALUES (:source, :reason, :field, :detail, :excerpt, :received_at)");
            for (AlertRejection rejection : rejections) {
                batch.bind("source", rejection.source())
                        .bind("reason", rejection.reason().name())
                        .bind("field", rejection.field())
                        .bind("detail", rejection.detail())
                        .bind("excerpt", rejection.excerpt())
                        .bind("received_at", utc(rejection.receivedAt()))
                        .add();
            }
            batch.execute();
            return null;
        });
    }

    @Override
    public List<RejectionView> before(Optional<Long> before, int limit) {
        checkNotNull(before, "before");
        checkArgument(limit > 0, "limit %s", limit);
        return transactions.withHandle("listing alert rejections", handle -> handle
                .createQuery("SELECT id, source, reason, field, detail, excerpt, received_at FROM alert_rejection"
                        + " WHERE id < :before ORDER BY id DESC LIMIT " + limit)
                .bind("before", before.orElse(Long.MAX_VALUE))
                .map((rs, ctx) -> new RejectionView(rs.getLong("id"), new AlertRejection(rs.getString("source"),
                        RejectionReason.valueOf(rs.getString("reason")), rs.getString("field"), rs.getString("detail"),
                        rs.getString("excerpt"), utc(rs, "received_at"))))
                .list());
    }
}
