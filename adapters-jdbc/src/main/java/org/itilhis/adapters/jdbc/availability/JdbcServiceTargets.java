package org.itilhis.adapters.jdbc.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.availability.ServiceTarget;
import org.itilhis.core.availability.ServiceTargetSnapshot;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.ports.availability.out.ServiceTargets;

/**
 * The business services' availability targets in {@code availability_target} (migration V39):
 * one row per service, keyed by the service's item (its id as text the number), with the whole
 * target as JSON, under optimistic locking (kind {@code availability-target}): a second first
 * target of a service finds its id taken and conflicts.
 */
public final class JdbcServiceTargets implements ServiceTargets {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable table;
    private final String insertSql;

    public JdbcServiceTargets(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = new SnapshotTable("availability_target", "availability-target", dialect);
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO availability_target (id, number, "
                + "catalogue_service, version, snapshot) VALUES (:id, :number, :catalogue_service, :version, "
                + dialect.json("snapshot") + ")");
    }

    @Override
    public Optional<ServiceTarget> find(CiId service) {
        checkNotNull(service, "service");
        return transactions.withHandle("finding the availability target of " + service,
                handle -> table.snapshotById(handle, service.value()).map(this::restore));
    }

    @Override
    public void save(ServiceTarget target) {
        checkNotNull(target, "target");
        ServiceTargetSnapshot next = target.snapshot();
        long expected = next.version() - target.pendingEvents().size();
        String number = next.service().toString();
        transactions.withHandle("saving the availability target of " + number, handle -> {
            if (expected == 0) {
                table.insert(handle, handle.createUpdate(insertSql)
                        .bind("id", dialect.uuid(next.service().value()))
                        .bind("number", number)
                        .bind("catalogue_service", next.catalogueService())
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.service().value(), number);
            } else {
                table.update(handle, handle.createUpdate(table.updateSql("catalogue_service = :catalogue_service"))
                        .bind("catalogue_service", next.catalogueService())
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.service().value(), number, expected);
            }
            return null;
        });
    }

    @Override
    public List<ServiceTarget> all() {
        return transactions.withHandle("reading the availability targets", handle -> handle
                .createQuery("SELECT snapshot FROM availability_target ORDER BY number")
                .mapTo(String.class).map(this::restore).list());
    }

    private ServiceTarget restore(String snapshot) {
        return ServiceTarget.restore(codec.read(snapshot, ServiceTargetSnapshot.class));
    }
}
