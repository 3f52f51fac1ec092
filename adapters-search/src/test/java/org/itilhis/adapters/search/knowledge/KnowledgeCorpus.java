package org.itilhis.adapters.search.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itilhis.core.knowledge.KnowledgeAudience;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;

/**
 * The fixed test corpus of {@code knowledge-corpus.json}: hospital IT articles and known
 * errors in Simplified Chinese and English, and the queries staff type with the article each
 * should find. Committed before the search was tuned; change it only with a reason in the
 * commit message, never to make a figure rise.
 */
record KnowledgeCorpus(List<Article> articles, List<CorpusQuery> queries) {

    record Article(String id, KnowledgeDocument.Kind kind, List<String> languages, String title, String body,
            List<String> tags, String category, List<String> ciClasses, KnowledgeAudience audience, long timesUsed) {
        KnowledgeDocument document() {
            return new KnowledgeDocument(id, kind,
                    languages.stream().map(Locale::forLanguageTag).collect(ImmutableSet.toImmutableSet()), title, body,
                    ImmutableSet.copyOf(tags), category, ImmutableSet.copyOf(ciClasses), audience, timesUsed);
        }
    }

    /** A query, the article it should find, and whether it was written sharing no word with that article's title. */
    record CorpusQuery(String text, String expected, boolean sharesNoWordWithTitle) {
    }

    static KnowledgeCorpus load() {
        try (InputStream in = KnowledgeCorpus.class.getResourceAsStream("knowledge-corpus.json")) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, KnowledgeCorpus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The queries of {@code knowledge-heldout-queries.json}, written without reading the synonym file. */
    static List<CorpusQuery> heldOutQueries() {
        try (InputStream in = KnowledgeCorpus.class.getResourceAsStream("knowledge-heldout-queries.json")) {
            return List.of(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, CorpusQuery[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds {@code index} with the corpus: its articles and its known errors, each kind on its own. */
    void loadInto(KnowledgeIndex index) {
        for (KnowledgeDocument.Kind kind : KnowledgeDocument.Kind.values()) {
            index.rebuild(kind, articles.stream().filter(article -> article.kind() == kind).map(Article::document));
        }
    }

    Article article(String id) {
        return articles.stream().filter(article -> article.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The words two texts share, as a reader would count them in text without spaces: Latin
     * words compared without case, and any two neighbouring Chinese characters (a Chinese word
     * is one or more such pairs, so texts sharing none share no word of two characters or more).
     */
    static Set<String> sharedWords(String one, String other) {
        Set<String> shared = words(one);
        shared.retainAll(words(other));
        return shared;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String latin : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!latin.isEmpty()) {
                words.add(latin);
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
                words.add(text.substring(i, i + 2));
            }
        }
        return words;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
