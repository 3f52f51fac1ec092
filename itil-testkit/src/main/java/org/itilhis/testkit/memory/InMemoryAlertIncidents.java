package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CorrelationGroup;

/** The links between alerts and incidents, the incidents standing for problems and the groups in maps; every write is undone with its transaction. */
public final class InMemoryAlertIncidents implements AlertIncidents {
    private final InMemoryTransactions transactions;
    private final TreeMap<Long, AlertIncidentLink> links = new TreeMap<>();
    private final Map<List<String>, AlertIncidentLink> latest = new HashMap<>();
    private final Map<List<String>, TicketId> standing = new HashMap<>();
    private final Map<TicketId, CorrelationGroup> groups = new LinkedHashMap<>();

    public InMemoryAlertIncidents(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public boolean link(AlertIncidentLink link) {
        checkNotNull(link, "link");
        return transactions.locked(() -> {
            if (links.containsKey(link.position())) {
                return false;
            }
            List<String> alert = List.of(link.source(), link.fingerprint());
            AlertIncidentLink before = latest.get(alert);
            links.put(link.position(), link);
            if (before == null || before.position() < link.position()) {
                latest.put(alert, link);
            }
            transactions.onRollback(() -> {
                links.remove(link.position());
                if (before == null) {
                    latest.remove(alert);
                } else {
                    latest.put(alert, before);
                }
            });
            return true;
        });
    }

    @Override
    public Optional<AlertIncidentLink> linkOf(long position) {
        return transactions.locked(() -> Optional.ofNullable(links.get(position)));
    }

    @Override
    public Optional<AlertIncidentLink> latestLinkOf(String source, String fingerprint) {
        return transactions.locked(() -> Optional.ofNullable(latest.get(List.of(source, fingerprint))));
    }

    @Override
    public List<AlertIncidentLink> linksOf(TicketId incident) {
        checkNotNull(incident, "incident");
        return transactions.locked(() -> links.values().stream().filter(l -> l.incident().equals(incident)).toList());
    }

    @Override
    public Optional<TicketId> incidentFor(CiId ci, String name) {
        return transactions.locked(() -> Optional.ofNullable(standing.get(List.of(ci.toString(), name))));
    }

    @Override
    public void standFor(CiId ci, String name, TicketId incident) {
        checkNotNull(incident, "incident");
        List<String> key = List.of(ci.toString(), checkNotNull(name, "name"));
        transactions.locked(() -> {
            TicketId before = standing.put(key, incident);
            transactions.onRollback(() -> {
                if (before == null) {
                    standing.remove(key);
                } else {
                    standing.put(key, before);
                }
            });
            return null;
        });
    }

    @Override
    public void save(CorrelationGroup group) {
        checkNotNull(group, "group");
        transactions.locked(() -> {
            CorrelationGroup before = groups.put(group.incident(), group);
            transactions.onRollback(() -> {
                if (before == null) {
                    groups.remove(group.incident());
                } else {
                    groups.put(group.incident(), before);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<CorrelationGroup> group(TicketId incident) {
        return transactions.locked(() -> Optional.ofNullable(groups.get(incident)));
    }

    @Override
    public List<CorrelationGroup> groupsOpenedSince(Instant since) {
        checkNotNull(since, "since");
        return transactions.locked(() -> groups.values().stream().filter(g -> !g.openedAt().isBefore(since))
                .sorted(Comparator.comparing(CorrelationGroup::openedAt)).toList());
    }
}
