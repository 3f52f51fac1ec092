package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.Lists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The alert log in {@code alert} (V37). A delivery is recorded under the lock of {@code
 * alert_log_head}'s single row, held until its transaction commits: the deliveries seen before
 * are found (one query per 500 fingerprints), the new alerts get the next positions and are
 * inserted in one batch. So positions become visible in order (a follower reading by {@link
 * #after} never finds a new alert below one it has read), and two concurrent deliveries of the
 * same alert record it once (the second finds the first's row once it holds the lock; the unique
 * key on source, fingerprint, status and start stands behind it). The writers of alerts wait for
 * each other, one delivery's batch at a time; nobody else touches the lock, so readers never wait.
 */
public final class JdbcAlertLog implements AlertLog {
    /** Fingerprints looked up per query. */
    static final int LOOKUP_CHUNK = 500;
    private static final String COLUMNS = "position, alert, ci_id, received_at";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcAlertLog(JdbcStoreParts parts) {
        this.transactions = parts.transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public Recorded record(ReceivedAlert alert, Optional<CiId> ci, Instant receivedAt) {
        return recordAll(List.of(new Mapped(checkNotNull(alert, "alert"), checkNotNull(ci, "ci"))), receivedAt).get(0);
    }

    @Override
    public List<Recorded> recordAll(List<Mapped> alerts, Instant receivedAt) {
        checkNotNull(alerts, "alerts");
        checkNotNull(receivedAt, "receivedAt");
        if (alerts.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> transactions.withHandle("recording " + alerts.size() + " alerts",
                handle -> {
                    long last = handle.createQuery("SELECT last_position FROM alert_log_head WHERE id = 1 FOR UPDATE")
                            .mapTo(Long.class).one();
                    Map<Delivery, StoredAlert> known = known(handle, alerts);
                    List<Recorded> recorded = new ArrayList<>(alerts.size());
                    List<StoredAlert> fresh = new ArrayList<>();
                    for (Mapped mapped : alerts) {
                        Delivery delivery = Delivery.of(mapped.alert());
                        StoredAlert stored = known.get(delivery);
                        if (stored != null) {
                            recorded.add(new Recorded(stored, false));
                        } else {
                            stored = new StoredAlert(++last, mapped.alert(), mapped.ci(), receivedAt);
                            known.put(delivery, stored);
                            fresh.add(stored);
                            recorded.add(new Recorded(stored, true));
                        }
                    }
                    if (!fresh.isEmpty()) {
                        insert(handle, fresh);
                        handle.createUpdate("UPDATE alert_log_head SET last_position = :last WHERE id = 1")
                                .bind("last", last).execute();
                    }
                    return recorded;
                }));
    }

    /** The stored alerts of the same deliveries as {@code alerts}, by delivery. */
    private Map<Delivery, StoredAlert> known(Handle handle, List<Mapped> alerts) {
        Map<String, Set<String>> fingerprints = alerts.stream().collect(Collectors.groupingBy(
                m -> m.alert().source(), LinkedHashMap::new,
                Collectors.mapping(m -> m.alert().fingerprint(), Collectors.toCollection(java.util.LinkedHashSet::new))));
        Map<Delivery, StoredAlert> known = new HashMap<>();
        fingerprints.forEach((source, prints) -> {
            for (List<String> chunk : Lists.partition(List.copyOf(prints), LOOKUP_CHUNK)) {
                handle.createQuery("SELECT " + COLUMNS + " FROM alert WHERE source = :source"
                                + " AND fingerprint IN (<fingerprints>)")
                        .bind("source", source)
                        .bindList("fingerprints", chunk)
                        .map((rs, ctx) -> stored(rs))
                        .forEach(stored -> known.put(Delivery.of(stored.alert()), stored));
            }
        });
        return known;
    }

    private void insert(Handle handle, List<StoredAlert> fresh) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO alert (position, source, fingerprint, status, starts_at,"
                + " ci_id, received_at, alert) VALUES (:position, :source, :fingerprint, :status, :starts_at, :ci_id,"
                + " :received_at, " + dialect.json("alert") + ")");
        for (StoredAlert stored : fresh) {
            ReceivedAlert alert = stored.alert();
            batch.bind("position", stored.position())
                    .bind("source", alert.source())
                    .bind("fingerprint", alert.fingerprint())
                    .bind("status", alert.status().name())
                    .bind("starts_at", utc(alert.startsAt()))
                    .bind("ci_id", stored.ci().map(CiId::toString).orElse(null))
                    .bind("received_at", utc(stored.receivedAt()))
                    .bind("alert", codec.write(alert))
                    .add();
        }
        batch.execute();
    }

    @Override
    public List<StoredAlert> after(long position, int limit) {
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.withHandle("reading alerts after " + position, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM alert WHERE position > :position ORDER BY position LIMIT "
                        + limit)
                .bind("position", position)
                .map((rs, ctx) -> stored(rs))
                .list());
    }

    @Override
    public Optional<StoredAlert> find(long position) {
        return transactions.withHandle("finding alert " + position, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM alert WHERE position = :position")
                .bind("position", position)
                .map((rs, ctx) -> stored(rs))
                .findOne());
    }

    @Override
    public List<StoredAlert> search(AlertSearch search) {
        checkNotNull(search, "search");
        List<String> where = new ArrayList<>();
        where.add("position < :before");
        search.source().ifPresent(s -> where.add("source = :source"));
        search.ci().ifPresent(ci -> where.add("ci_id = :ci"));
        search.status().ifPresent(s -> where.add("status = :status"));
        search.since().ifPresent(s -> where.add("received_at >= " + dialect.timestamp("since")));
        if (search.unmapped()) {
            where.add("ci_id IS NULL");
        }
        return transactions.withHandle("searching alerts", handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM alert WHERE " + String.join(" AND ", where)
                    + " ORDER BY position DESC LIMIT " + search.limit());
            query.bind("before", search.before().orElse(Long.MAX_VALUE));
            search.source().ifPresent(s -> query.bind("source", s));
            search.ci().ifPresent(ci -> query.bind("ci", ci.toString()));
            search.status().ifPresent(s -> query.bind("status", s.name()));
            search.since().ifPresent(s -> query.bind("since", utc(s)));
            return query.map((rs, ctx) -> stored(rs)).list();
        });
    }

    private StoredAlert stored(ResultSet row) throws SQLException {
        String ci = row.getString("ci_id");
        return new StoredAlert(row.getLong("position"), codec.read(row.getString("alert"), ReceivedAlert.class),
                ci == null ? Optional.empty() : Optional.of(CiId.parse(ci)), utc(row, "received_at"));
    }

    /** What makes a delivery the same: its source, fingerprint, status and start. */
    private record Delivery(String source, String fingerprint, AlertStatus status, Instant startsAt) {
        static Delivery of(ReceivedAlert alert) {
            return new Delivery(alert.source(), alert.fingerprint(), alert.status(), alert.startsAt());
        }
    }
}
