package org.itilhis.ports.knowledge.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.itilhis.core.knowledge.KnowledgeAudience;

/**
 * What the index knows of an article or a known error: the text searched and what orders and
 * filters the hits. The id is the record's own (an article's or a problem's id), unique across
 * both kinds.
 *
 * @param id the record's id, not blank
 * @param kind an article or a known error
 * @param languages the languages the content is written in (for example {@code zh}, {@code en}), at least one
 * @param title the title, not blank
 * @param body the text: for a known error its symptoms and workaround; may be empty
 * @param tags free tags ("打印机", "wristband")
 * @param category the category, may be empty
 * @param ciClasses the classes of configuration items it concerns ("printer", "workstation")
 * @param audience who may see it
 * @param timesUsed how often the desk linked it when resolving a ticket, not negative: it raises the document gently
 */
public record KnowledgeDocument(String id, Kind kind, ImmutableSet<Locale> languages, String title, String body,
        ImmutableSet<String> tags, String category, ImmutableSet<String> ciClasses, KnowledgeAudience audience,
        long timesUsed) {

    /** What the record is. */
    public enum Kind {
        /** A knowledge article. */
        ARTICLE,
        /** A known error with its workaround. */
        KNOWN_ERROR
    }

    public KnowledgeDocument {
        checkNotNull(id, "id");
        checkArgument(!id.isBlank(), "id is blank");
        checkNotNull(kind, "kind");
        checkNotNull(languages, "languages");
        checkArgument(!languages.isEmpty(), "no language for document %s", id);
        checkNotNull(title, "title");
        checkArgument(!title.isBlank(), "title is blank for document %s", id);
        checkNotNull(body, "body");
        checkNotNull(tags, "tags");
        checkNotNull(category, "category");
        checkNotNull(ciClasses, "ciClasses");
        checkNotNull(audience, "audience");
        checkArgument(timesUsed >= 0, "times used %s is negative for document %s", timesUsed, id);
        id = id.strip();
        title = title.strip();
        body = body.strip();
        category = category.strip();
    }

    /** The same document used {@code timesUsed} times. */
    public KnowledgeDocument usedTimes(long timesUsed) {
        return new KnowledgeDocument(id, kind, languages, title, body, tags, category, ciClasses, audience, timesUsed);
    }
}
