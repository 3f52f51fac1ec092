package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CorrelationGroup;
import org.jdbi.v3.core.Handle;

/**
 * The links between alerts and incidents in {@code monitoring_alert_incident}, the incidents
 * standing for problems in {@code monitoring_problem_incident} and the groups in
 * {@code monitoring_correlation_group} with their services in {@code monitoring_group_service}
 * (V38). An alert's link is inserted once (a duplicate key is skipped); the rest is written by the
 * correlator alone, one node at a time, as a delete and an insert.
 */
public final class JdbcAlertIncidents implements AlertIncidents {
    private static final String LINK_COLUMNS = "position, source, fingerprint, ci_id, ticket_id";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String insertLink;

    JdbcAlertIncidents(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
        this.insertLink = dialect.insertSkippingDuplicates("INSERT INTO monitoring_alert_incident (" + LINK_COLUMNS
                + ") VALUES (:position, :source, :fingerprint, :ci_id, :ticket_id)");
    }

    @Override
    public boolean link(AlertIncidentLink link) {
        checkNotNull(link, "link");
        return transactions.withHandle("linking alert " + link.position() + " to incident " + link.incident(),
                handle -> dialect.inserted(() -> handle.createUpdate(insertLink)
                        .bind("position", link.position())
                        .bind("source", link.source())
                        .bind("fingerprint", link.fingerprint())
                        .bind("ci_id", dialect.uuid(link.ci().value()))
                        .bind("ticket_id", dialect.uuid(link.incident().value()))
                        .execute()));
    }

    @Override
    public Optional<AlertIncidentLink> linkOf(long position) {
        return transactions.withHandle("reading the incident of alert " + position, handle -> handle
                .createQuery("SELECT " + LINK_COLUMNS + " FROM monitoring_alert_incident WHERE position = :position")
                .bind("position", position)
                .map((row, context) -> link(row))
                .findOne());
    }

    @Override
    public Optional<AlertIncidentLink> latestLinkOf(String source, String fingerprint) {
        checkNotNull(source, "source");
        checkNotNull(fingerprint, "fingerprint");
        return transactions.withHandle("reading the incident of alert " + fingerprint, handle -> handle
                .createQuery("SELECT " + LINK_COLUMNS + " FROM monitoring_alert_incident WHERE source = :source "
                        + "AND fingerprint = :fingerprint ORDER BY position DESC")
                .bind("source", source)
                .bind("fingerprint", fingerprint)
                .setMaxRows(1)
                .map((row, context) -> link(row))
                .findFirst());
    }

    @Override
    public List<AlertIncidentLink> linksOf(TicketId incident) {
        checkNotNull(incident, "incident");
        return transactions.withHandle("reading the alerts of incident " + incident, handle -> handle
                .createQuery("SELECT " + LINK_COLUMNS + " FROM monitoring_alert_incident WHERE ticket_id = :ticket_id "
                        + "ORDER BY position")
                .bind("ticket_id", dialect.uuid(incident.value()))
                .map((row, context) -> link(row))
                .list());
    }

    @Override
    public Optional<TicketId> incidentFor(CiId ci, String name) {
        checkNotNull(ci, "ci");
        checkNotNull(name, "name");
        return transactions.withHandle("reading the incident of " + name + " on " + ci, handle -> handle
                .createQuery("SELECT ticket_id FROM monitoring_problem_incident WHERE ci_id = :ci_id AND name = :name")
                .bind("ci_id", dialect.uuid(ci.value()))
                .bind("name", name)
                .mapTo(String.class)
                .findOne()
                .map(TicketId::parse));
    }

    @Override
    public void standFor(CiId ci, String name, TicketId incident) {
        checkNotNull(ci, "ci");
        checkNotNull(name, "name");
        checkNotNull(incident, "incident");
        transactions.withHandle("recording the incident of " + name + " on " + ci, handle -> {
            handle.createUpdate("DELETE FROM monitoring_problem_incident WHERE ci_id = :ci_id AND name = :name")
                    .bind("ci_id", dialect.uuid(ci.value()))
                    .bind("name", name)
                    .execute();
            return handle.createUpdate("INSERT INTO monitoring_problem_incident (ci_id, name, ticket_id) "
                            + "VALUES (:ci_id, :name, :ticket_id)")
                    .bind("ci_id", dialect.uuid(ci.value()))
                    .bind("name", name)
                    .bind("ticket_id", dialect.uuid(incident.value()))
                    .execute();
        });
    }

    @Override
    public void save(CorrelationGroup group) {
        checkNotNull(group, "group");
        transactions.withHandle("storing the correlation group of incident " + group.incident(), handle -> {
            Object ticket = dialect.uuid(group.incident().value());
            handle.createUpdate("DELETE FROM monitoring_group_service WHERE ticket_id = :ticket_id")
                    .bind("ticket_id", ticket).execute();
            handle.createUpdate("DELETE FROM monitoring_correlation_group WHERE ticket_id = :ticket_id")
                    .bind("ticket_id", ticket).execute();
            handle.createUpdate("INSERT INTO monitoring_correlation_group (ticket_id, cause_ci_id, opened_at) "
                            + "VALUES (:ticket_id, :cause, :opened_at)")
                    .bind("ticket_id", ticket)
                    .bind("cause", dialect.uuid(group.cause().value()))
                    .bind("opened_at", SqlValues.utc(group.openedAt()))
                    .execute();
            if (!group.services().isEmpty()) {
                var batch = handle.prepareBatch("INSERT INTO monitoring_group_service (ticket_id, service_ci_id) "
                        + "VALUES (:ticket_id, :service)");
                group.services().forEach(service -> batch.bind("ticket_id", ticket)
                        .bind("service", dialect.uuid(service.value())).add());
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public Optional<CorrelationGroup> group(TicketId incident) {
        checkNotNull(incident, "incident");
        return transactions.withHandle("reading the correlation group of incident " + incident, handle ->
                groups(handle, "g.ticket_id = :ticket_id", "ticket_id", dialect.uuid(incident.value())).stream()
                        .findFirst());
    }

    @Override
    public List<CorrelationGroup> groupsOpenedSince(Instant since) {
        checkNotNull(since, "since");
        return transactions.withHandle("reading the recent correlation groups", handle ->
                groups(handle, "g.opened_at >= :since", "since", SqlValues.utc(since)));
    }

    /** The groups matching {@code condition}, oldest first, each with its services. */
    private List<CorrelationGroup> groups(Handle handle, String condition, String parameter, Object value) {
        record Row(TicketId incident, CiId cause, Instant openedAt, Optional<CiId> service) {
        }
        List<Row> rows = handle.createQuery("SELECT g.ticket_id, g.cause_ci_id, g.opened_at, s.service_ci_id "
                        + "FROM monitoring_correlation_group g LEFT JOIN monitoring_group_service s "
                        + "ON s.ticket_id = g.ticket_id WHERE " + condition + " ORDER BY g.opened_at, g.ticket_id")
                .bind(parameter, value)
                .map((row, context) -> new Row(TicketId.parse(row.getString("ticket_id")),
                        CiId.parse(row.getString("cause_ci_id")), SqlValues.utc(row, "opened_at"),
                        Optional.ofNullable(row.getString("service_ci_id")).map(CiId::parse)))
                .list();
        Map<TicketId, List<Row>> byGroup = new LinkedHashMap<>();
        rows.forEach(row -> byGroup.computeIfAbsent(row.incident(), t -> new ArrayList<>()).add(row));
        List<CorrelationGroup> groups = new ArrayList<>();
        byGroup.forEach((ticket, of) -> groups.add(new CorrelationGroup(ticket, of.get(0).cause(),
                of.stream().flatMap(r -> r.service().stream()).collect(ImmutableSet.toImmutableSet()),
                of.get(0).openedAt())));
        return groups;
    }

    private static AlertIncidentLink link(ResultSet row) throws SQLException {
        return new AlertIncidentLink(row.getLong("position"), row.getString("source"), row.getString("fingerprint"),
                CiId.parse(row.getString("ci_id")), TicketId.parse(row.getString("ticket_id")));
    }
}
