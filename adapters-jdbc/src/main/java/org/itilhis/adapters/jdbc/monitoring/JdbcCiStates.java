package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.CiStates;

/**
 * The items' observed states in {@code monitoring_alert_standing}, {@code ci_operational_state}
 * and {@code ci_state_period} (V38). Only the correlator writes, one node at a time (its
 * position's compare-and-set decides), so a standing is updated in place or, when new, inserted.
 */
public final class JdbcCiStates implements CiStates {
    private static final String STANDING_COLUMNS =
            "source, fingerprint, ci_id, name, status, severity, standing_at, position";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcCiStates(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
    }

    @Override
    public Optional<AlertStanding> standing(String source, String fingerprint) {
        checkNotNull(source, "source");
        checkNotNull(fingerprint, "fingerprint");
        return transactions.withHandle("reading where alert " + fingerprint + " stands", handle -> handle
                .createQuery("SELECT " + STANDING_COLUMNS + " FROM monitoring_alert_standing "
                        + "WHERE source = :source AND fingerprint = :fingerprint")
                .bind("source", source)
                .bind("fingerprint", fingerprint)
                .map((row, context) -> standing(row))
                .findOne());
    }

    @Override
    public void stand(AlertStanding standing) {
        checkNotNull(standing, "standing");
        transactions.withHandle("storing where alert " + standing.fingerprint() + " stands", handle -> {
            int updated = handle.createUpdate("UPDATE monitoring_alert_standing SET ci_id = :ci_id, name = :name, "
                            + "status = :status, severity = :severity, standing_at = :standing_at, position = :position "
                            + "WHERE source = :source AND fingerprint = :fingerprint")
                    .bindMap(standingValues(standing))
                    .execute();
            return updated == 1 ? 1 : handle.createUpdate("INSERT INTO monitoring_alert_standing (" + STANDING_COLUMNS
                            + ") VALUES (:source, :fingerprint, :ci_id, :name, :status, :severity, :standing_at, "
                            + ":position)")
                    .bindMap(standingValues(standing))
                    .execute();
        });
    }

    private java.util.Map<String, Object> standingValues(AlertStanding standing) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("source", standing.source());
        values.put("fingerprint", standing.fingerprint());
        values.put("ci_id", dialect.uuid(standing.ci().value()));
        values.put("name", standing.name());
        values.put("status", standing.status().name());
        values.put("severity", standing.severity().name());
        values.put("standing_at", SqlValues.utc(standing.at()));
        values.put("position", standing.position());
        return values;
    }

    @Override
    public List<AlertStanding> firingOn(CiId ci) {
        checkNotNull(ci, "ci");
        return transactions.withHandle("reading the alerts firing on " + ci, handle -> handle
                .createQuery("SELECT " + STANDING_COLUMNS + " FROM monitoring_alert_standing "
                        + "WHERE ci_id = :ci_id AND status = 'FIRING' ORDER BY source, fingerprint")
                .bind("ci_id", dialect.uuid(ci.value()))
                .map((row, context) -> standing(row))
                .list());
    }

    @Override
    public Optional<CiStateNow> current(CiId ci) {
        checkNotNull(ci, "ci");
        return transactions.withHandle("reading the observed state of " + ci, handle -> handle
                .createQuery("SELECT ci_id, state, since_at, reference FROM ci_operational_state WHERE ci_id = :ci_id")
                .bind("ci_id", dialect.uuid(ci.value()))
                .map((row, context) -> now(row))
                .findOne());
    }

    @Override
    public void change(CiId ci, OperationalState state, Instant at, String reference) {
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(at, "at");
        checkNotNull(reference, "reference");
        transactions.withHandle("changing the observed state of " + ci, handle -> {
            Object id = dialect.uuid(ci.value());
            handle.createUpdate("UPDATE ci_state_period SET end_at = :at WHERE ci_id = :ci_id AND end_at IS NULL")
                    .bind("at", SqlValues.utc(at))
                    .bind("ci_id", id)
                    .execute();
            handle.createUpdate("DELETE FROM ci_operational_state WHERE ci_id = :ci_id").bind("ci_id", id).execute();
            if (state != OperationalState.OPERATIONAL) {
                handle.createUpdate("INSERT INTO ci_operational_state (ci_id, state, since_at, reference) "
                                + "VALUES (:ci_id, :state, :at, :reference)")
                        .bind("ci_id", id)
                        .bind("state", state.name())
                        .bind("at", SqlValues.utc(at))
                        .bind("reference", reference)
                        .execute();
                handle.createUpdate("INSERT INTO ci_state_period (ci_id, state, start_at, reference) "
                                + "VALUES (:ci_id, :state, :at, :reference)")
                        .bind("ci_id", id)
                        .bind("state", state.name())
                        .bind("at", SqlValues.utc(at))
                        .bind("reference", reference)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<CiStateNow> notOperational(Optional<CiId> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.withHandle("listing the items not operational", handle -> {
            var query = handle.createQuery("SELECT ci_id, state, since_at, reference FROM ci_operational_state "
                    + (after.isPresent() ? "WHERE ci_id > :after " : "") + "ORDER BY ci_id");
            after.ifPresent(id -> query.bind("after", dialect.uuid(id.value())));
            return query.setMaxRows(limit).map((row, context) -> now(row)).list();
        });
    }

    @Override
    public List<ObservedOutage> periods(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "from %s is not before to %s", from, to);
        return transactions.withHandle("reading the observed outages", handle -> {
            var query = handle.createQuery("SELECT ci_id, state, start_at, end_at, reference FROM ci_state_period "
                    + "WHERE start_at < :to AND (end_at IS NULL OR end_at > :from)"
                    + (cis.isEmpty() ? "" : " AND ci_id IN (<cis>)") + " ORDER BY ci_id, start_at, period_id")
                    .bind("from", SqlValues.utc(from))
                    .bind("to", SqlValues.utc(to));
            if (!cis.isEmpty()) {
                query.bindList("cis", cis.stream().map(ci -> dialect.uuid(ci.value())).toList());
            }
            return query.map((row, context) -> new ObservedOutage(CiId.parse(row.getString("ci_id")),
                    OperationalState.valueOf(row.getString("state")), SqlValues.utc(row, "start_at"),
                    row.getObject("end_at") == null ? Optional.empty() : Optional.of(SqlValues.utc(row, "end_at")),
                    row.getString("reference"))).list();
        });
    }

    private static AlertStanding standing(ResultSet row) throws SQLException {
        return new AlertStanding(row.getString("source"), row.getString("fingerprint"),
                CiId.parse(row.getString("ci_id")), row.getString("name"), AlertStatus.valueOf(row.getString("status")),
                AlertSeverity.valueOf(row.getString("severity")), SqlValues.utc(row, "standing_at"),
                row.getLong("position"));
    }

    private static CiStateNow now(ResultSet row) throws SQLException {
        return new CiStateNow(CiId.parse(row.getString("ci_id")), OperationalState.valueOf(row.getString("state")),
                SqlValues.utc(row, "since_at"), row.getString("reference"));
    }
}
