package org.itilhis.ports.knowledge.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.itilhis.core.knowledge.ArticleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.ResolutionCode;

/**
 * The desk solves a call at first contact with a published knowledge article: the contact is
 * resolved with {@code code} and a note naming the article, and the article counts one more
 * use. Needs {@code RESOLVE_AT_FIRST_CONTACT} and the right to read the article's audience.
 */
public record ResolveContactWithArticle(@NotNull Actor actor, @NotNull ContactId contact,
                                        @NotNull ArticleId article, @NotNull ResolutionCode code,
                                        @NotBlank @Size(max = 3900) String note) {
}
