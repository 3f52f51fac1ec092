package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;

/** The faults' incidents in a map keyed by source and fault, undone with the transaction that wrote them. */
public final class InMemoryFaultIncidentLinks implements FaultIncidentLinks {
    private final InMemoryTransactions transactions;
    private final Map<Key, TicketId> links = new HashMap<>();

    public InMemoryFaultIncidentLinks(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<TicketId> incidentOf(String source, String fault) {
        Key key = new Key(source, fault);
        return transactions.locked(() -> Optional.ofNullable(links.get(key)));
    }

    @Override
    public boolean link(String source, String fault, TicketId incident) {
        checkNotNull(incident, "incident");
        Key key = new Key(source, fault);
        return transactions.locked(() -> {
            if (links.containsKey(key)) {
                return false;
            }
            links.put(key, incident);
            transactions.onRollback(() -> links.remove(key));
            return true;
        });
    }

    @Override
    public boolean relink(String source, String fault, TicketId previous, TicketId incident) {
        checkNotNull(previous, "previous");
        checkNotNull(incident, "incident");
        Key key = new Key(source, fault);
        return transactions.locked(() -> {
            if (!previous.equals(links.get(key))) {
                return false;
            }
            links.put(key, incident);
            transactions.onRollback(() -> links.put(key, previous));
            return true;
        });
    }

    private record Key(String source, String fault) {
        Key {
            checkNotNull(source, "source");
            checkNotNull(fault, "fault");
        }
    }
}
