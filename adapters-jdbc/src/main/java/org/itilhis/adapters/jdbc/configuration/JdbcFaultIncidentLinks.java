package org.itilhis.adapters.jdbc.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;

/**
 * The faults' incidents in {@code fault_incident_link} (migration V26), keyed by source and
 * fault: the database, not a prior read, decides which of two nodes links a fault. The insert
 * skips a duplicate key without spoiling the caller's transaction ({@link
 * Dialect#insertSkippingDuplicates}); one racing an uncommitted insert of the same key waits for
 * it and then reports {@code false} if it committed. A replacement is an update of the row still
 * naming the incident the writer read, which a concurrent replacement waits for and then finds
 * nothing to update.
 */
public final class JdbcFaultIncidentLinks implements FaultIncidentLinks {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String insertSql;

    public JdbcFaultIncidentLinks(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.insertSql = dialect.insertSkippingDuplicates(
                "INSERT INTO fault_incident_link (source, fault, ticket_id) VALUES (:source, :fault, :ticket_id)");
    }

    @Override
    public Optional<TicketId> incidentOf(String source, String fault) {
        checkNotNull(source, "source");
        checkNotNull(fault, "fault");
        return transactions.withHandle("finding the incident of a fault from " + source, handle -> handle
                .createQuery("SELECT ticket_id FROM fault_incident_link WHERE source = :source AND fault = :fault")
                .bind("source", source)
                .bind("fault", fault)
                .mapTo(String.class)
                .findOne()
                .map(TicketId::parse));
    }

    @Override
    public boolean link(String source, String fault, TicketId incident) {
        checkNotNull(source, "source");
        checkNotNull(fault, "fault");
        checkNotNull(incident, "incident");
        return transactions.withHandle("linking a fault from " + source + " to incident " + incident,
                handle -> dialect.inserted(() -> handle.createUpdate(insertSql)
                        .bind("source", source)
                        .bind("fault", fault)
                        .bind("ticket_id", dialect.uuid(incident.value()))
                        .execute()));
    }

    @Override
    public boolean relink(String source, String fault, TicketId previous, TicketId incident) {
        checkNotNull(source, "source");
        checkNotNull(fault, "fault");
        checkNotNull(previous, "previous");
        checkNotNull(incident, "incident");
        return transactions.withHandle("relinking a fault from " + source + " to incident " + incident, handle -> handle
                .createUpdate("UPDATE fault_incident_link SET ticket_id = :ticket_id "
                        + "WHERE source = :source AND fault = :fault AND ticket_id = :previous")
                .bind("ticket_id", dialect.uuid(incident.value()))
                .bind("source", source)
                .bind("fault", fault)
                .bind("previous", dialect.uuid(previous.value()))
                .execute() == 1);
    }
}
