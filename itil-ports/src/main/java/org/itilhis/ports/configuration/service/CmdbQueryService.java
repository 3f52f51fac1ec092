package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.SetMultimap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.ImpactView;
import org.itilhis.ports.configuration.in.OpenTicket;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link CmdbQueries} for actors allowed to view the CMDB. Impact questions are
 * answered on the relationship graph of {@link CmdbGraphs}; open tickets are shown only when
 * the actor may see them.
 */
public final class CmdbQueryService implements CmdbQueries {
    private final CmdbPorts ports;
    private final CmdbSettings cmdb;
    private final ServiceDeskSettings settings;
    private final TicketQueries tickets;
    private final ContactQueries contacts;
    private final CmdbGraphs graphs;

    CmdbQueryService(CmdbPorts ports, CmdbSettings cmdb, ServiceDeskSettings settings, ServiceDesk desk) {
        this.ports = checkNotNull(ports, "ports");
        this.cmdb = checkNotNull(cmdb, "cmdb");
        this.settings = checkNotNull(settings, "settings");
        this.tickets = desk.queries();
        this.contacts = desk.contactQueries();
        this.graphs = new CmdbGraphs(ports.items(), cmdb.classes());
    }

    /** The relationship graph of the current revision (see {@link Cmdb#currentGraph()}). */
    CiGraph currentGraph() {
        return graphs.current().graph();
    }

    @Override
    public CiClassCatalogue classes(Actor actor) {
        authorise(actor);
        return cmdb.classes();
    }

    @Override
    public RelationshipRules relationshipRules(Actor actor) {
        authorise(actor);
        return cmdb.rules();
    }

    @Override
    public CiView find(Actor actor, CiId id) {
        authorise(actor);
        return CiView.of(stored(id));
    }

    @Override
    public CiView findByAssetTag(Actor actor, String assetTag) {
        authorise(actor);
        if (assetTag == null || assetTag.isBlank()) {
            throw new CiNotFoundException(String.valueOf(assetTag));
        }
        AssetTag tag;
        try {
            tag = AssetTag.of(assetTag);
        } catch (IllegalArgumentException malformed) {
            throw new CiNotFoundException(assetTag.strip());
        }
        return ports.items().findByAssetTag(tag).map(CiView::of).orElseThrow(() -> new CiNotFoundException(tag));
    }

    @Override
    public List<CiView> search(Actor actor, CiSearch search) {
        checkNotNull(search, "search");
        authorise(actor);
        ImmutableSet.Builder<String> classes = ImmutableSet.builder();
        for (String code : search.classCodes()) {
            cmdb.classes().find(code).ifPresentOrElse(asked -> cmdb.classes().classes().stream()
                    .filter(c -> c.isA(asked)).map(CiClass::code).forEach(classes::add), () -> classes.add(code));
        }
        return ports.items().search(search.withClassCodes(classes.build())).stream().map(CiView::of).toList();
    }

    @Override
    public List<CiView> nearCaller(Actor actor, ContactId contact, int limit) {
        authorise(actor);
        ContactDetails call = contacts.contact(actor, checkNotNull(contact, "contact")).details();
        CiSearch all = CiSearch.all(limit);
        return search(actor, call.location().map(CiLocation::fromLocationCode).map(all::withLocation)
                .orElseGet(() -> all.withOwningDepartment(call.department())));
    }

    @Override
    public List<CiEvent> history(Actor actor, CiId id) {
        authorise(actor);
        return events(id).stream().filter(event -> maySee(actor, event)).collect(ImmutableList.toImmutableList());
    }

    /** Every event of a stored item, oldest first. */
    private List<CiEvent> events(CiId id) {
        stored(id);
        return ports.desk().events().history(id.toString()).stream().filter(CiEvent.class::isInstance)
                .map(CiEvent.class::cast).toList();
    }

    /** A ticket recorded against the item shows in its history only to those who may see the ticket. */
    private boolean maySee(Actor actor, CiEvent event) {
        return !(event instanceof CiEvent.AffectedByTicket linked) || visibleTicket(actor, linked.ticketId()).isPresent();
    }

    @Override
    public CiView asOf(Actor actor, CiId id, Instant instant) {
        checkNotNull(instant, "instant");
        authorise(actor);
        return ConfigurationItem.asOf(events(id), instant).map(CiView::of)
                .orElseThrow(() -> new CiNotFoundException(id + " at " + instant));
    }

    @Override
    public ImpactView impact(Actor actor, Set<CiId> failed) {
        authorise(actor);
        CmdbGraphs.Built built = graphs.current();
        ImpactReport report = ImpactAnalysis.of(built.graph()).impactOf(known(built, failed));
        Map<CiId, CiDetails> details = Maps.asMap(report.affectedIds(), built.details()::get);
        return new ImpactView(report, details, openTickets(actor, report.affectedIds()));
    }

    @Override
    public ImpactView impact(Actor actor, Set<CiId> failed, int offset, int limit) {
        checkArgument(offset >= 0, "offset must not be negative: %s", offset);
        checkArgument(limit >= 1 && limit <= MAX_IMPACT_PAGE, "limit must be 1 to %s: %s", MAX_IMPACT_PAGE, limit);
        authorise(actor);
        CmdbGraphs.Built built = graphs.current();
        ImpactReport report = ImpactAnalysis.of(built.graph()).impactOf(known(built, failed));
        Map<CiId, CiDetails> details = Maps.asMap(report.affectedIds(), built.details()::get);
        Set<CiId> ticketed = new java.util.LinkedHashSet<>(report.failed());
        report.summary().businessServices().forEach(service -> ticketed.add(service.id()));
        report.affected(offset, limit).forEach(item -> ticketed.add(item.id()));
        return new ImpactView(report, details, openTickets(actor, ticketed));
    }

    @Override
    public List<CiPath> candidateCauses(Actor actor, CiId failing) {
        authorise(actor);
        CmdbGraphs.Built built = graphs.current();
        known(built, Set.of(checkNotNull(failing, "failing")));
        return ImpactAnalysis.of(built.graph()).candidateCauses(failing);
    }

    @Override
    public Optional<ServiceCriticality> criticalityOf(Actor actor, Set<CiId> cis) {
        authorise(actor);
        if (cis == null || cis.isEmpty()) {
            return Optional.empty();
        }
        CmdbGraphs.Built built = graphs.current();
        ImpactReport report = ImpactAnalysis.of(built.graph()).impactOf(known(built, cis));
        // the summary, not the list of every affected item: the whole estate costs the analysis alone
        return report.summary().highestServiceCriticality().or(() -> cis.stream()
                .map(id -> built.graph().item(id).criticality()).min(Comparator.naturalOrder()));
    }

    @Override
    public Set<CiId> affectedCis(Actor actor, TicketId ticket) {
        authorise(actor);
        tickets.ticket(actor, checkNotNull(ticket, "ticket"));
        return ImmutableSet.copyOf(ports.links().cisOf(ticket));
    }

    @Override
    public List<OpenTicket> openTickets(Actor actor, CiId ci) {
        authorise(actor);
        stored(ci);
        return openTickets(actor, Set.of(ci));
    }

    /** The open tickets the actor may see among those recorded against {@code cis}. */
    private ImmutableList<OpenTicket> openTickets(Actor actor, Set<CiId> cis) {
        SetMultimap<CiId, TicketId> linked = ports.links().ticketsOf(cis);
        List<OpenTicket> open = new ArrayList<>();
        for (Map.Entry<CiId, TicketId> link : linked.entries()) {
            visibleTicket(actor, link.getValue()).filter(t -> t.status().isOpen()).ifPresent(t -> open.add(
                    new OpenTicket(link.getKey(), t.id(), t.number(), t.type(), t.status(), t.priority(),
                            t.details().summary())));
        }
        open.sort(Comparator.comparing(OpenTicket::priority).thenComparing(t -> t.number().toString()));
        return ImmutableList.copyOf(open);
    }

    private Optional<TicketView> visibleTicket(Actor actor, TicketId id) {
        try {
            return Optional.of(tickets.ticket(actor, id));
        } catch (TicketNotFoundException hidden) {
            return Optional.empty();
        }
    }

    private static Set<CiId> known(CmdbGraphs.Built built, Set<CiId> ids) {
        checkNotNull(ids, "ids");
        checkArgument(!ids.isEmpty(), "name at least one configuration item");
        for (CiId id : ids) {
            if (!built.graph().contains(checkNotNull(id, "id"))) {
                throw new CiNotFoundException(id);
            }
        }
        return ids;
    }

    private ConfigurationItem stored(CiId id) {
        return ports.items().find(checkNotNull(id, "id")).orElseThrow(() -> new CiNotFoundException(id));
    }

    private void authorise(Actor actor) {
        settings.access().check(checkNotNull(actor, "actor"), Permission.VIEW_CMDB,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the CMDB");
    }
}
