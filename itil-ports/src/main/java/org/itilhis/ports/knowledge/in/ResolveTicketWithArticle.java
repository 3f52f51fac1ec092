package org.itilhis.ports.knowledge.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;

/**
 * Resolves a ticket with a published knowledge article linked: the ticket is resolved with
 * {@code code} and a note naming the article, and the article counts one more use, so that
 * articles the desk finds useful rise in its searches. Needs {@code RESOLVE} on the ticket and
 * the right to read the article's audience. The note's limit leaves room for the article's number.
 *
 * @param expectedVersion the ticket's version the actor saw, or null
 */
public record ResolveTicketWithArticle(@NotNull Actor actor, @NotNull TicketId ticket,
                                       @PositiveOrZero Long expectedVersion, @NotNull ArticleId article,
                                       @NotNull ResolutionCode code, @NotBlank @Size(max = 3900) String note) {
}
