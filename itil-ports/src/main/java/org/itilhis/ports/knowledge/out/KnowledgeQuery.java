package org.itilhis.ports.knowledge.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * A search of the knowledge index: the words as the person typed them, the audiences the
 * reader may see, and how many hits to return at most.
 *
 * @param text what was typed, in Chinese and/or English, with or without spaces
 * @param audiences the audiences whose documents the reader may see, at least one
 * @param limit the most hits wanted, from 1 to {@value #MAX_LIMIT}
 */
public record KnowledgeQuery(String text, ImmutableSet<KnowledgeAudience> audiences, int limit) {
    /** The most hits a search returns. */
    public static final int MAX_LIMIT = 100;

    public KnowledgeQuery {
        checkNotNull(text, "text");
        checkNotNull(audiences, "audiences");
        checkArgument(!audiences.isEmpty(), "no audience allowed");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not within 1 and %s", limit, MAX_LIMIT);
        text = text.strip();
    }

    /** A search of {@code text} seeing every audience. */
    public static KnowledgeQuery forDesk(String text, int limit) {
        return new KnowledgeQuery(text, ImmutableSet.copyOf(KnowledgeAudience.values()), limit);
    }
}
