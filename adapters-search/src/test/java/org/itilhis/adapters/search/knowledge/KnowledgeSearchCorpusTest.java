package org.itilhis.adapters.search.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itilhis.adapters.search.knowledge.KnowledgeCorpus.CorpusQuery;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How well the knowledge search answers the fixed corpus: the share of its queries whose
 * expected article is among the first three hits. The floor is the figure achieved; raise it
 * when the search gets better, never lower it to let a change in.
 */
class KnowledgeSearchCorpusTest {
    /** The share of queries answered in the top 3 that the search must keep. */
    static final double FLOOR = 32.0 / 32;
    /**
     * The share the held-out queries reach: 22 of 27 when they were added, 24 since single
     * characters are searched beside words and pairs (chosen on the corpus's own queries, the
     * held-out set measured once after).
     */
    static final double HELD_OUT_FLOOR = 24.0 / 27;

    private static final KnowledgeCorpus CORPUS = KnowledgeCorpus.load();

    @Test
    void onDiskTheCorpusIsIndexedAndSearchedQuickly(@TempDir Path folder) throws IOException {
        long started = System.nanoTime();
        try (LuceneKnowledgeIndex index = LuceneKnowledgeIndex.onDisk(folder)) {
            CORPUS.loadInto(index);
            long indexed = System.nanoTime();
            for (int round = 0; round < 10; round++) {
                CORPUS.queries().forEach(query -> index.search(KnowledgeQuery.forDesk(query.text(), 3)));
            }
            long searched = System.nanoTime();
            long bytes;
            try (Stream<Path> files = Files.list(folder)) {
                bytes = files.mapToLong(file -> file.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "on disk: %d bytes, rebuilt in %d ms, %.2f ms a query (10 rounds)%n",
                    bytes, (indexed - started) / 1_000_000,
                    (searched - indexed) / 1e6 / (10 * CORPUS.queries().size()));
            assertThat(index.search(KnowledgeQuery.forDesk("打印机卡纸", 3))).isNotEmpty();
        }
    }

    @Test
    void theCorpusHasFiftyArticlesThirtyQueriesAndTenSharingNoWordWithTheirArticlesTitle() {
        assertThat(CORPUS.articles()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(CORPUS.queries()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CORPUS.queries()).extracting(CorpusQuery::expected)
                .allSatisfy(id -> assertThat(CORPUS.article(id)).isNotNull());
        List<CorpusQuery> disjoint = CORPUS.queries().stream().filter(CorpusQuery::sharesNoWordWithTitle).toList();
        assertThat(disjoint).hasSizeGreaterThanOrEqualTo(10).allSatisfy(query -> assertThat(
                KnowledgeCorpus.sharedWords(query.text(), CORPUS.article(query.expected()).title()))
                .as("words shared by %s and its article's title", query.text()).isEmpty());
    }

    @Test
    void theExpectedArticleIsInTheTopThreeForTheShareOfQueriesAchieved() {
        for (Analysis alternative : Analysis.values()) {
            System.out.println(alternative + " without synonyms: " + measure(alternative, false));
            System.out.println(alternative + " with synonyms: " + measure(alternative, true));
        }
        Figure figure = measure(Analysis.COMBINED, true);
        assertThat(figure.share()).as(figure.toString()).isGreaterThanOrEqualTo(FLOOR);
    }

    /**
     * Queries written after the search was tuned by someone who had not read the synonym file
     * (27 colloquial questions, 7 sharing no word with their article's title): the fairer
     * figure for a question nobody has tuned for. The floor is the figure they got.
     */
    @Test
    void queriesWrittenWithoutSeeingTheSynonymsFindTheirArticleInTheTopThreeAsOftenAsMeasured() {
        List<CorpusQuery> heldOut = KnowledgeCorpus.heldOutQueries();
        Figure figure = measure(Analysis.COMBINED, true, heldOut);
        System.out.println("held-out queries, " + Analysis.COMBINED + " with synonyms: " + figure);

        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(20);
        assertThat(figure.share()).as(figure.toString()).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    }

    static Figure measure(Analysis analysis, boolean withSynonyms) {
        return measure(analysis, withSynonyms, CORPUS.queries());
    }

    static Figure measure(Analysis analysis, boolean withSynonyms, List<CorpusQuery> queries) {
        try (LuceneKnowledgeIndex index = LuceneKnowledgeIndex.inMemory(analysis, withSynonyms)) {
            CORPUS.loadInto(index);
            List<String> misses = new ArrayList<>();
            int found = 0;
            for (CorpusQuery query : queries) {
                List<String> top = index.search(KnowledgeQuery.forDesk(query.text(), 3)).stream()
                        .map(KnowledgeHit::id).toList();
                if (top.contains(query.expected())) {
                    found++;
                } else {
                    misses.add(query.text() + " -> " + query.expected() + " (got " + top + ")");
                }
            }
            return new Figure(found, queries.size(), misses);
        }
    }

    record Figure(int found, int queries, List<String> misses) {
        double share() {
            return (double) found / queries;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "top 3: %d of %d queries (%.1f %%)%s", found, queries, 100 * share(),
                    misses.stream().map(miss -> "\n  missed " + miss).collect(Collectors.joining()));
        }
    }
}
