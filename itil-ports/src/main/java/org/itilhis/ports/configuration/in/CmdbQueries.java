package org.itilhis.ports.configuration.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;

/** Reading the CMDB: items, their history, and what fails with what. */
public interface CmdbQueries {
    CiClassCatalogue classes(Actor actor);

    RelationshipRules relationshipRules(Actor actor);

    /** @throws CiNotFoundException if there is no such item */
    CiView find(Actor actor, CiId id);

    /** @throws CiNotFoundException if no item carries the tag */
    CiView findByAssetTag(Actor actor, String assetTag);

    /** Items matching every criterion of {@code search}, by asset tag. */
    List<CiView> search(Actor actor, CiSearch search);

    /**
     * The items around the caller of a contact: those at the contact's location (read with
     * {@link org.itilhis.core.cmdb.CiLocation#fromLocationCode}), or, when the contact gives
     * none, those owned by the caller's department; by asset tag, at most {@code limit}.
     *
     * @throws ContactNotFoundException if the actor may not see the contact
     */
    List<CiView> nearCaller(Actor actor, ContactId contact, int limit);

    /** Every event of the item, oldest first: the audit trail of who changed what, when and why. */
    List<CiEvent> history(Actor actor, CiId id);

    /**
     * The item as it was at {@code instant} (its version then included).
     *
     * @throws CiNotFoundException if it did not exist yet
     */
    CiView asOf(Actor actor, CiId id, Instant instant);

    /**
     * What the failure of {@code failed} brings down or degrades, and the open tickets on it.
     *
     * @throws CiNotFoundException naming a failed item that does not exist
     */
    ImpactView impact(Actor actor, Set<CiId> failed);

    /** The most affected items one page of {@link #impact(Actor, Set, int, int)} holds. */
    int MAX_IMPACT_PAGE = 1_000;

    /**
     * What the failure of {@code failed} brings down or degrades, for a reader who pages through
     * it (the whole estate: 100,000 items): the same report, whose {@link
     * org.itilhis.core.cmdb.ImpactReport#summary() summary} counts everything and whose
     * {@link org.itilhis.core.cmdb.ImpactReport#affected(int, int) pages} the reader takes, and
     * the open tickets recorded against the failed items, the business services reached and the
     * items of the page from {@code offset} on ({@code limit} of them, 1 to {@link #MAX_IMPACT_PAGE}),
     * rather than against every affected item.
     *
     * @throws CiNotFoundException naming a failed item that does not exist
     */
    ImpactView impact(Actor actor, Set<CiId> failed, int offset, int limit);

    /** The candidate causes of a failing item (a business service): everything it needs, nearest first. */
    List<CiPath> candidateCauses(Actor actor, CiId failing);

    /**
     * The criticality an incident raised against {@code cis} takes: that of the most critical
     * business service their failure reaches, else the most critical of the items themselves;
     * empty for no items.
     */
    Optional<ServiceCriticality> criticalityOf(Actor actor, Set<CiId> cis);

    /** The items recorded as affected by the ticket. */
    Set<CiId> affectedCis(Actor actor, TicketId ticket);

    /** The open tickets recorded against the item. */
    List<OpenTicket> openTickets(Actor actor, CiId ci);
}
