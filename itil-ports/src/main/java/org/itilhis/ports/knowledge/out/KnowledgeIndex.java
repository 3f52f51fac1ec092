package org.itilhis.ports.knowledge.out;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;

/**
 * The full-text index behind the knowledge base's search: articles and known errors as the
 * desk and staff look for them, in Simplified Chinese written without spaces and in English
 * ("打印机卡纸", "挂号 无法登录", "打不出来", "VPN password").
 *
 * <p>The index is derived data: the stored articles and known errors are the truth, and the
 * index is written after they are saved (a document per published article or known error,
 * replaced when it changes, removed when it is retired) and can be {@linkplain #rebuild rebuilt}
 * from them at any time. It takes part in no transaction. An adapter that cannot reach its
 * storage throws {@link org.itilhis.ports.common.StorageException}.
 */
public interface KnowledgeIndex {

    /** Adds the document, or replaces the one of the same id. */
    void index(KnowledgeDocument document);

    /** Removes the document of this id; nothing happens when there is none. */
    void remove(String id);

    /**
     * Replaces every document of {@code kind} by these (the stored records of that kind, after
     * a loss or an upgrade), leaving the documents of the other kinds as they are: articles and
     * known errors are rebuilt by the practices that own them, each on its own.
     *
     * @throws IllegalArgumentException if one of the documents is of another kind
     */
    void rebuild(KnowledgeDocument.Kind kind, Stream<KnowledgeDocument> documents);

    /**
     * The documents of the kinds the query wants matching its text within the audiences it
     * allows, best first, at most its limit; none for a text with nothing to search for. The score orders the hits of
     * one search and means nothing across searches.
     */
    ImmutableList<KnowledgeHit> search(KnowledgeQuery query);
}
