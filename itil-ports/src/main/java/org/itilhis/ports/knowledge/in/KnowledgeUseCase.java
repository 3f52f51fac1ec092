package org.itilhis.ports.knowledge.in;

import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Working knowledge articles: writing one and every later step of its versions, and the desk's
 * resolutions with an article, which count its use. Each command is validated, authorised,
 * applied to the article and saved with its events in one transaction; a refused command
 * changes nothing (neither the article, nor the event log, nor a ticket or contact). After the
 * commit, the article's published version is indexed for search, with its times used, or taken
 * out of the index when it has none.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws ArticleNotFoundException for an unknown article, or one the actor may not read
 * @throws org.itilhis.ports.configuration.in.CiNotFoundException for a linked item not in the CMDB
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws org.itilhis.core.workflow.WorkflowException for a step the workflow does not allow now
 * @throws org.itilhis.core.knowledge.ReviewerIsAuthorException for a review by one of the version's authors
 * @throws org.itilhis.core.shared.VersionConflictException if the article changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule
 */
public interface KnowledgeUseCase {
    ArticleView write(WriteArticle command);

    ArticleView handle(ArticleCommand command);

    /**
     * Resolves a ticket with a published article linked, in one transaction: the desk's own
     * {@code TicketWorkUseCase} resolves the ticket (the note prefixed with the article's number),
     * then the article counts the use; either refusal undoes both. The desk knows nothing of
     * articles: this composition is knowledge management's (docs/practices.md).
     *
     * @throws org.itilhis.ports.servicedesk.in.TicketNotFoundException for a ticket the actor may not see
     */
    TicketView resolveTicket(ResolveTicketWithArticle command);

    /**
     * Resolves a contact at first contact with a published article, in one transaction, as
     * {@link #resolveTicket} does a ticket.
     *
     * @throws org.itilhis.ports.servicedesk.in.ContactNotFoundException for an unknown contact
     */
    ContactView resolveAtFirstContact(ResolveContactWithArticle command);
}
