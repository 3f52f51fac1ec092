package org.itilhis.adapters.search.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.knowledge.out.KnowledgeDocument;
import org.itilhis.ports.knowledge.out.KnowledgeHit;
import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.ports.knowledge.out.KnowledgeQuery;

/**
 * The knowledge index on Apache Lucene (ADR 0015): a document per article or known error in a
 * Lucene directory, on disk beside the database or in memory for tests. Each write is
 * committed and visible to the next search.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex, AutoCloseable {
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String AUDIENCE = "audience";
    /** The parts of a document searched, each with its weight: title and tags before the body. */
    private static final ImmutableMap<String, Float> PARTS =
            ImmutableMap.of("title", 3.0f, "tags", 2.0f, "body", 1.0f, "about", 0.5f);
    /** The weight of the words a query also searches by the synonyms, against 1 for its own. */
    private static final float EXPANSION = 0.5f;
    /** The factor of use: 1 + 0.1 ln(1 + times used), so 40 uses raise a document by about a third. */
    private static final String USE = "use";

    private final Directory directory;
    private final Analysis analysis;
    private final Analyzer analyzer;
    private final Synonyms synonyms;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The most terms a query searches in one field, for its own words and again for their synonyms. */
    private final int maxTerms;

    private LuceneKnowledgeIndex(Directory directory, Analysis analysis, Synonyms synonyms) throws IOException {
        this.directory = directory;
        this.synonyms = synonyms;
        this.analysis = analysis;
        // Lucene refuses a query of more than 1,024 clauses over all its fields (the text's and the
        // synonyms' terms in each part of each analysis); a few are kept for the filters.
        this.maxTerms = (IndexSearcher.getMaxClauseCount() - 24) / (2 * PARTS.size() * analysis.weights().size());
        Map<String, Analyzer> perField = new HashMap<>();
        for (String suffix : analysis.weights().keySet()) {
            Analyzer forSuffix = Analysis.analyzer(suffix);
            PARTS.keySet().forEach(part -> perField.put(part + "_" + suffix, forSuffix));
        }
        this.analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index in memory, for tests and trials. */
    public static LuceneKnowledgeIndex inMemory() {
        return inMemory(Analysis.COMBINED, true);
    }

    /** An index in memory with this analysis, and the shipped synonyms or none: to compare them on the corpus. */
    static LuceneKnowledgeIndex inMemory(Analysis analysis, boolean withSynonyms) {
        return open(new ByteBuffersDirectory(), "memory", analysis,
                withSynonyms ? Synonyms.shipped() : Synonyms.parse(ImmutableList.of()));
    }

    /** The index in this folder, created when missing (beside the database's files, for example). */
    public static LuceneKnowledgeIndex onDisk(Path folder) {
        checkNotNull(folder, "folder");
        try {
            return open(FSDirectory.open(folder), folder.toString(), Analysis.COMBINED, Synonyms.shipped());
        } catch (IOException e) {
            throw new StorageException("the knowledge index in " + folder + " cannot be opened", e);
        }
    }

    private static LuceneKnowledgeIndex open(Directory directory, String where, Analysis analysis,
            Synonyms synonyms) {
        try {
            return new LuceneKnowledgeIndex(directory, analysis, synonyms);
        } catch (IOException e) {
            throw new StorageException("the knowledge index in " + where + " cannot be opened", e);
        }
    }

    @Override
    public void index(KnowledgeDocument document) {
        checkNotNull(document, "document");
        write(() -> writer.updateDocument(new Term(ID, document.id()), toLucene(document)), "index " + document.id());
    }

    @Override
    public void remove(String id) {
        checkNotNull(id, "id");
        write(() -> writer.deleteDocuments(new Term(ID, id)), "remove " + id);
    }

    @Override
    public void rebuild(KnowledgeDocument.Kind kind, Stream<KnowledgeDocument> documents) {
        checkNotNull(kind, "kind");
        checkNotNull(documents, "documents");
        ImmutableList<Document> replacement = documents.peek(document -> checkArgument(document.kind() == kind,
                        "document %s is a %s, not a %s", document.id(), document.kind(), kind))
                .map(this::toLucene).collect(ImmutableList.toImmutableList());
        write(() -> {
            writer.deleteDocuments(new Term(KIND, kind.name()));
            writer.addDocuments(replacement);
        }, "rebuild");
    }

    @Override
    public ImmutableList<KnowledgeHit> search(KnowledgeQuery query) {
        checkNotNull(query, "query");
        try {
            Query lucene = toLucene(query);
            if (lucene == null) {
                return ImmutableList.of();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                ImmutableList.Builder<KnowledgeHit> hits = ImmutableList.builder();
                for (ScoreDoc found : searcher.search(lucene, query.limit()).scoreDocs) {
                    Document document = searcher.storedFields().document(found.doc);
                    hits.add(new KnowledgeHit(document.get(ID), KnowledgeDocument.Kind.valueOf(document.get(KIND)),
                            found.score));
                }
                return hits.build();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StorageException("the knowledge index cannot be searched", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new StorageException("the knowledge index cannot be closed", e);
        }
    }

    private Document toLucene(KnowledgeDocument source) {
        Document document = new Document();
        document.add(new StringField(ID, source.id(), Field.Store.YES));
        document.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        document.add(new StringField(AUDIENCE, source.audience().name(), Field.Store.NO));
        document.add(new DoubleDocValuesField(USE, 1 + 0.1 * Math.log1p(source.timesUsed())));
        Map<String, String> parts = Map.of("title", source.title(), "tags", String.join("\n", source.tags()),
                "body", source.body(), "about", source.category() + "\n" + String.join("\n", source.ciClasses()));
        for (String suffix : analysis.weights().keySet()) {
            parts.forEach((part, text) -> document.add(new TextField(part + "_" + suffix, text, Field.Store.NO)));
        }
        return document;
    }

    private Query toLucene(KnowledgeQuery query) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int count = addWords(words, query.text(), 1.0f);
        if (count == 0) {
            return null;
        }
        addWords(words, synonyms.expand(query.text()), EXPANSION);
        Query used = FunctionScoreQuery.boostByValue(words.build(), DoubleValuesSource.fromDoubleField(USE));
        BooleanQuery.Builder audiences = new BooleanQuery.Builder();
        query.audiences().forEach(audience ->
                audiences.add(new TermQuery(new Term(AUDIENCE, audience.name())), Occur.SHOULD));
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        query.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(KIND, kind.name())), Occur.SHOULD));
        return new BooleanQuery.Builder().add(used, Occur.MUST).add(audiences.build(), Occur.FILTER)
                .add(kinds.build(), Occur.FILTER).build();
    }

    /** Adds a clause per term of the text in every part and analysis, weighted; the number of terms added. */
    private int addWords(BooleanQuery.Builder words, String text, float weight) throws IOException {
        int count = 0;
        for (Map.Entry<String, Float> analysed : analysis.weights().entrySet()) {
            for (Map.Entry<String, Float> part : PARTS.entrySet()) {
                String field = part.getKey() + "_" + analysed.getKey();
                for (String term : terms(field, text)) {
                    words.add(new BoostQuery(new TermQuery(new Term(field, term)),
                            weight * analysed.getValue() * part.getValue()), Occur.SHOULD);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The distinct terms of the text in this field, at most {@link #maxTerms}, first come first:
     * a caller's whole description stays within Lucene's limit of clauses (1,024) over every
     * field, and a word said twice counts once.
     */
    private ImmutableSet<String> terms(String field, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < maxTerms) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return ImmutableSet.copyOf(terms);
    }

    private void write(IndexAction action, String what) {
        try {
            action.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StorageException("the knowledge index cannot " + what, e);
        }
    }

    @FunctionalInterface
    private interface IndexAction {
        void run() throws IOException;
    }
}
