package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Collection;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.out.AffectedCiLinks;

/** Ticket-to-item links in a multimap, undone with the transaction that made them. */
public final class InMemoryAffectedCiLinks implements AffectedCiLinks {
    private final InMemoryTransactions transactions;
    private final SetMultimap<TicketId, CiId> links = LinkedHashMultimap.create();

    public InMemoryAffectedCiLinks(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public boolean link(TicketId ticket, CiId ci) {
        checkNotNull(ticket, "ticket");
        checkNotNull(ci, "ci");
        return transactions.locked(() -> {
            boolean added = links.put(ticket, ci);
            if (added) {
                transactions.onRollback(() -> links.remove(ticket, ci));
            }
            return added;
        });
    }

    @Override
    public Set<CiId> cisOf(TicketId ticket) {
        checkNotNull(ticket, "ticket");
        return transactions.locked(() -> ImmutableSet.copyOf(links.get(ticket)));
    }

    @Override
    public SetMultimap<CiId, TicketId> ticketsOf(Collection<CiId> cis) {
        Set<CiId> wanted = ImmutableSet.copyOf(cis);
        return transactions.locked(() -> {
            ImmutableSetMultimap.Builder<CiId, TicketId> found = ImmutableSetMultimap.builder();
            links.entries().stream().filter(e -> wanted.contains(e.getValue()))
                    .forEach(e -> found.put(e.getValue(), e.getKey()));
            return found.build();
        });
    }
}
