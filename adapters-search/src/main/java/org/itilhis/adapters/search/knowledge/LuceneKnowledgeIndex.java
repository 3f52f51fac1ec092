package org.itilhis.adapters.search.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
    private static final String TEXT = "text";
    /** The factor of use: 1 + 0.1 ln(1 + times used), so 40 uses raise a document by about a third. */
    private static final String USE = "use";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneKnowledgeIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = new StandardAnalyzer();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index in memory, for tests and trials. */
    public static LuceneKnowledgeIndex inMemory() {
        return open(new ByteBuffersDirectory(), "memory");
    }

    /** The index in this folder, created when missing (beside the database's files, for example). */
    public static LuceneKnowledgeIndex onDisk(Path folder) {
        checkNotNull(folder, "folder");
        try {
            return open(FSDirectory.open(folder), folder.toString());
        } catch (IOException e) {
            throw new StorageException("the knowledge index in " + folder + " cannot be opened", e);
        }
    }

    private static LuceneKnowledgeIndex open(Directory directory, String where) {
        try {
            return new LuceneKnowledgeIndex(directory);
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
    public void rebuild(Stream<KnowledgeDocument> documents) {
        checkNotNull(documents, "documents");
        ImmutableList<Document> replacement = documents.map(this::toLucene).collect(ImmutableList.toImmutableList());
        write(() -> {
            writer.deleteAll();
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
        document.add(new TextField(TEXT, String.join(" ", source.title(), source.body(),
                String.join(" ", source.tags()), source.category()), Field.Store.NO));
        return document;
    }

    private Query toLucene(KnowledgeQuery query) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int count = 0;
        try (TokenStream tokens = analyzer.tokenStream(TEXT, query.text())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
                count++;
            }
            tokens.end();
        }
        if (count == 0) {
            return null;
        }
        BooleanQuery.Builder audiences = new BooleanQuery.Builder();
        query.audiences().forEach(audience ->
                audiences.add(new TermQuery(new Term(AUDIENCE, audience.name())), Occur.SHOULD));
        Query used = FunctionScoreQuery.boostByValue(words.build(), DoubleValuesSource.fromDoubleField(USE));
        return new BooleanQuery.Builder().add(used, Occur.MUST).add(audiences.build(), Occur.FILTER).build();
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
