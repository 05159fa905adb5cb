package org.crmworkbench.analysis.assistant;

import java.util.List;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * The assistant's matcher: a linear intent classifier over word n-grams (uni- and bigrams of the language's words, from
 * {@code analysis.text} tokenisation: English words, smartcn words for Chinese) and character n-grams, TF-IDF weighted,
 * combined with BM25 retrieval over the example questions (Lucene, BM25Similarity, over the same words), so that an
 * intent with a near-identical example scores high even when the classifier is unsure. Each question's language is
 * its row's language when given, else detected ({@link TextAnalyzer#languageOf}).
 */
public final class IntentMatcherTrainer implements IntentModelTrainer {
    private final TextAnalyzer analyzer;

    /** A trainer over {@code analyzer}'s language detection and tokenisation (shared, thread-safe). */
    public IntentMatcherTrainer(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public IntentModel fit(List<KnowledgeEntry> examples, Progress progress) {
        throw new UnsupportedOperationException("contract stub: helper A");
    }
}
