package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;

/**
 * A {@link KnowledgeIndex} for tests, by brute force: the text is cut into lower-case Latin
 * words and overlapping pairs of Chinese characters, and a document scores three points per
 * query term in its title, two in its tags and one in its body, times a gentle factor for its
 * use. No synonyms and no stemming: the Lucene adapter ({@code adapters-search}) is the search
 * a hospital runs.
 */
public final class InMemoryKnowledgeIndex implements KnowledgeIndex {
    private final Map<String, KnowledgeDocument> documents = new LinkedHashMap<>();

    @Override
    public synchronized void index(KnowledgeDocument document) {
        checkNotNull(document, "document");
        documents.put(document.id(), document);
    }

    @Override
    public synchronized void remove(String id) {
        checkNotNull(id, "id");
        documents.remove(id);
    }

    @Override
    public synchronized void rebuild(KnowledgeDocument.Kind kind, Stream<KnowledgeDocument> replacement) {
        checkNotNull(kind, "kind");
        checkNotNull(replacement, "documents");
        List<KnowledgeDocument> given = replacement.toList();
        given.forEach(document -> checkArgument(document.kind() == kind, "document %s is a %s, not a %s",
                document.id(), document.kind(), kind));
        documents.values().removeIf(document -> document.kind() == kind);
        given.forEach(this::index);
    }

    @Override
    public synchronized ImmutableList<KnowledgeHit> search(KnowledgeQuery query) {
        checkNotNull(query, "query");
        Set<String> wanted = terms(query.text());
        return documents.values().stream()
                .filter(document -> query.audiences().contains(document.audience()))
                .filter(document -> query.kinds().contains(document.kind()))
                .filter(document -> score(document, wanted) > 0.0)
                .map(document -> new KnowledgeHit(document.id(), document.kind(), score(document, wanted)))
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed().thenComparing(KnowledgeHit::id))
                .limit(query.limit())
                .collect(ImmutableList.toImmutableList());
    }

    private static double score(KnowledgeDocument document, Set<String> wanted) {
        Set<String> title = terms(document.title());
        Set<String> tags = terms(String.join(" ", document.tags()));
        Set<String> body = terms(document.body() + " " + document.category());
        double points = 0;
        for (String term : wanted) {
            points += (title.contains(term) ? 3 : 0) + (tags.contains(term) ? 2 : 0) + (body.contains(term) ? 1 : 0);
        }
        return points * (1 + 0.1 * Math.log1p(document.timesUsed()));
    }

    /** Lower-case Latin words and digits, and each pair of neighbouring Chinese characters (a lone one alone). */
    static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (Character.isLetterOrDigit(c) && !isHan) {
                word.append(c);
            } else if (word.length() > 0) {
                terms.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (isHan) {
                han.append(c);
            } else if (han.length() > 0) {
                addPairs(han, terms);
                han.setLength(0);
            }
        }
        return terms;
    }

    private static void addPairs(CharSequence han, Set<String> terms) {
        if (han.length() == 1) {
            terms.add(han.toString());
        }
        for (int i = 0; i + 1 < han.length(); i++) {
            terms.add(han.subSequence(i, i + 2).toString());
        }
    }
}
