package org.crmworkbench.analysis.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.crmworkbench.work.Progress;

/**
 * BM25 retrieval over the example questions (Lucene, in memory): for a question, how close each intent's nearest
 * example is.
 *
 * <p>Each example is indexed as its words joined by spaces and read back by a whitespace analyzer, so English and
 * Chinese examples are indexed with the matcher's own tokenisation ({@link QuestionTerms}), stop words included (BM25's
 * inverse document frequency weighs them down by itself). A question is an OR of its distinct words;
 * {@link BM25Similarity} scores it with Lucene's defaults (k1 = 1.2, b = 0.75). An intent's retrieval score is the
 * best score among its examples in the top {@value #HITS} hits, divided by the best score of all: 1 for the intent of
 * the closest example, 0 for an intent with no example among the hits (and for every intent when no example shares
 * a word with the question). Lucene's searcher is thread-safe, so this is too.
 */
final class ExampleRetrieval {
    static final int HITS = 100;
    private static final String WORDS = "words";
    private static final String EXAMPLE = "example";

    private final IndexSearcher searcher;
    /** Each document's example number (documents are numbered by Lucene, possibly across segments). */
    private final int[] exampleOfDocument;
    private final int[] intentOfExample;
    private final int intents;

    private ExampleRetrieval(IndexSearcher searcher, int[] exampleOfDocument, int[] intentOfExample, int intents) {
        this.searcher = searcher;
        this.exampleOfDocument = exampleOfDocument;
        this.intentOfExample = intentOfExample;
        this.intents = intents;
    }

    /**
     * @param words  each example's words
     * @param labels each example's intent, 0 .. intents - 1
     */
    static ExampleRetrieval index(List<List<String>> words, int[] labels, int intents, Progress progress) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setSimilarity(new BM25Similarity());
            config.setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < words.size(); i++) {
                    if (i % 1000 == 0) {
                        progress.checkCancelled();
                    }
                    Document document = new Document();
                    document.add(new TextField(WORDS, String.join(" ", words.get(i)), Field.Store.NO));
                    document.add(new NumericDocValuesField(EXAMPLE, i));
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] exampleOfDocument = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(EXAMPLE);
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    exampleOfDocument[leaf.docBase + doc] = (int) values.longValue();
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return new ExampleRetrieval(searcher, exampleOfDocument, labels.clone(), intents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each intent's retrieval score for a question of these words, 0..1. */
    double[] scores(List<String> words) {
        double[] out = new double[intents];
        Set<String> distinct = new LinkedHashSet<>(words);
        if (distinct.isEmpty()) {
            return out;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : distinct) {
            if (clauses++ == IndexSearcher.getMaxClauseCount()) {
                break;
            }
            query.add(new TermQuery(new Term(WORDS, word)), BooleanClause.Occur.SHOULD);
        }
        TopDocs top;
        try {
            top = searcher.search(query.build(), HITS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (top.scoreDocs.length == 0 || top.scoreDocs[0].score <= 0) {
            return out;
        }
        double best = top.scoreDocs[0].score;
        for (ScoreDoc hit : top.scoreDocs) {
            int intent = intentOfExample[exampleOfDocument[hit.doc]];
            out[intent] = Math.max(out[intent], hit.score / best);
        }
        return out;
    }
}
