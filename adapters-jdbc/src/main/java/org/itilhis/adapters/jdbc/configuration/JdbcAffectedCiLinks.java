package org.itilhis.adapters.jdbc.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Iterables;
import com.google.common.collect.SetMultimap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.out.AffectedCiLinks;

/**
 * Ticket-to-item links in {@code affected_ci_link}, one row per pair (its primary key), so
 * a link recorded twice, also by two transactions at once, is kept once. The tickets of many
 * items are read in batches of {@value #BATCH} ids, served by the index on {@code ci_id}.
 */
public final class JdbcAffectedCiLinks implements AffectedCiLinks {
    private static final int BATCH = 500;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String insertSql;

    public JdbcAffectedCiLinks(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.insertSql = dialect.insertSkippingDuplicates(
                "INSERT INTO affected_ci_link (ticket_id, ci_id) VALUES (:ticket_id, :ci_id)");
    }

    @Override
    public boolean link(TicketId ticket, CiId ci) {
        checkNotNull(ticket, "ticket");
        checkNotNull(ci, "ci");
        return transactions.withHandle("linking ticket " + ticket + " to configuration item " + ci,
                handle -> dialect.inserted(() -> handle.createUpdate(insertSql)
                        .bind("ticket_id", dialect.uuid(ticket.value()))
                        .bind("ci_id", dialect.uuid(ci.value()))
                        .execute()));
    }

    @Override
    public Set<CiId> cisOf(TicketId ticket) {
        checkNotNull(ticket, "ticket");
        return transactions.withHandle("finding the configuration items of ticket " + ticket, handle -> handle
                .createQuery("SELECT ci_id FROM affected_ci_link WHERE ticket_id = :ticket_id")
                .bind("ticket_id", dialect.uuid(ticket.value()))
                .mapTo(String.class)
                .map(CiId::parse)
                .collect(ImmutableSet.toImmutableSet()));
    }

    @Override
    public SetMultimap<CiId, TicketId> ticketsOf(Collection<CiId> cis) {
        List<Object> ids = ImmutableSet.copyOf(cis).stream().map(ci -> dialect.uuid(ci.value())).toList();
        if (ids.isEmpty()) {
            return ImmutableSetMultimap.of();
        }
        return transactions.withHandle("finding the tickets of " + ids.size() + " configuration items", handle -> {
            ImmutableSetMultimap.Builder<CiId, TicketId> found = ImmutableSetMultimap.builder();
            for (List<Object> batch : Iterables.partition(ids, BATCH)) {
                handle.createQuery("SELECT ci_id, ticket_id FROM affected_ci_link WHERE ci_id IN (<cis>)")
                        .bindList("cis", batch)
                        .map((rows, context) -> List.of(rows.getString("ci_id"), rows.getString("ticket_id")))
                        .forEach(row -> found.put(CiId.parse(row.get(0)), TicketId.parse(row.get(1))));
            }
            return found.build();
        });
    }
}
