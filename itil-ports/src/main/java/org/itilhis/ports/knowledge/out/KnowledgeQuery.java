package org.itilhis.ports.knowledge.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import org.itilhis.core.knowledge.KnowledgeAudience;

/**
 * A search of the knowledge index: the words as the person typed them, the audiences the
 * reader may see, how many hits to return at most, and the kinds of document wanted.
 *
 * @param text what was typed, in Chinese and/or English, with or without spaces
 * @param audiences the audiences whose documents the reader may see, at least one
 * @param limit the most hits wanted, from 1 to {@value #MAX_LIMIT}
 * @param kinds the kinds of document wanted, at least one (articles and known errors unless narrowed)
 */
public record KnowledgeQuery(String text, ImmutableSet<KnowledgeAudience> audiences, int limit,
                             ImmutableSet<KnowledgeDocument.Kind> kinds) {
    /** The most hits a search returns. */
    public static final int MAX_LIMIT = 100;

    public KnowledgeQuery {
        checkNotNull(text, "text");
        checkNotNull(audiences, "audiences");
        checkArgument(!audiences.isEmpty(), "no audience allowed");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not within 1 and %s", limit, MAX_LIMIT);
        checkNotNull(kinds, "kinds");
        checkArgument(!kinds.isEmpty(), "no kind of document wanted");
        text = text.strip();
    }

    /** A search of articles and known errors. */
    public KnowledgeQuery(String text, ImmutableSet<KnowledgeAudience> audiences, int limit) {
        this(text, audiences, limit, ImmutableSet.copyOf(EnumSet.allOf(KnowledgeDocument.Kind.class)));
    }

    /** A search of {@code text} seeing every audience. */
    public static KnowledgeQuery forDesk(String text, int limit) {
        return new KnowledgeQuery(text, ImmutableSet.copyOf(KnowledgeAudience.values()), limit);
    }

    /** The same search for documents of {@code kind} only. */
    public KnowledgeQuery only(KnowledgeDocument.Kind kind) {
        return new KnowledgeQuery(text, audiences, limit, ImmutableSet.of(checkNotNull(kind, "kind")));
    }
}
