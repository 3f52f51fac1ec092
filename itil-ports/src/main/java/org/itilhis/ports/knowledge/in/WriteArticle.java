package org.itilhis.ports.knowledge.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.itilhis.core.shared.Actor;

/**
 * Writes a new article: its first version, a draft by the actor, numbered {@code KB-2026-000001}.
 * Needs {@code WRITE_ARTICLE} and the right to read the draft's audience (nobody writes for
 * readers they are not among).
 */
public record WriteArticle(@NotNull Actor actor, @NotNull @Valid ArticleDraft content) {
}
