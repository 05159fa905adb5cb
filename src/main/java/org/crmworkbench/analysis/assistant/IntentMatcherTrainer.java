package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.text.ChineseSegmenter;
import org.crmworkbench.analysis.text.EnglishTokenizer;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.analysis.text.Tokenizer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * The assistant's matcher: a linear intent classifier over word n-grams (uni- and bigrams of the language's words, from
 * {@code analysis.text} tokenisation: English words, smartcn words for Chinese) and character n-grams, TF-IDF weighted,
 * combined with BM25 retrieval over the example questions (Lucene, BM25Similarity, over the same words), so that an
 * intent with a near-identical example scores high even when the classifier is unsure. Each question's language is
 * its row's language when given, else detected ({@link TextAnalyzer#languageOf}).
 *
 * <p>The parts: {@link QuestionTerms} (the terms of a question, stop words kept), {@link TfIdfVocabulary} (sublinear
 * TF-IDF, unit length), {@link LinearSvmClassifier} (one-vs-rest linear SVM by dual coordinate descent; its javadoc
 * says why not Smile's sparse logistic regression), {@link ExampleRetrieval} (BM25) and {@link IntentMatcher} (the
 * combination, with the weights of {@link MatcherSettings}). On CLINC150 (15,100 training questions, 151 classes,
 * 63,047 features) it reaches 0.924 in-scope top-1 accuracy on the test split (the paper's bag-of-words SVM: 0.910);
 * {@code IntentMatcherBenchmark} times the fit and the answers.
 */
public final class IntentMatcherTrainer implements IntentModelTrainer {
    private final QuestionTerms terms;
    private final MatcherSettings settings;

    /**
     * A trainer over {@code analyzer}'s language detection (shared, thread-safe), splitting words with an
     * {@link EnglishTokenizer} and a {@link ChineseSegmenter} of its own (the analyser does not hand out its own).
     */
    public IntentMatcherTrainer(TextAnalyzer analyzer) {
        this(analyzer, new EnglishTokenizer(), new ChineseSegmenter(), MatcherSettings.defaults());
    }

    /**
     * A trainer over {@code analyzer}'s language detection, with the given word tokenizers (the English one splits
     * every question that is not Chinese).
     */
    public IntentMatcherTrainer(TextAnalyzer analyzer, Tokenizer englishWords, Tokenizer chineseWords) {
        this(analyzer, englishWords, chineseWords, MatcherSettings.defaults());
    }

    IntentMatcherTrainer(TextAnalyzer analyzer, Tokenizer englishWords, Tokenizer chineseWords,
                         MatcherSettings settings) {
        this.terms = new QuestionTerms(analyzer, englishWords, chineseWords);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The same tokenisation with other settings (for tuning). */
    IntentMatcherTrainer withSettings(MatcherSettings other) {
        return new IntentMatcherTrainer(this, other);
    }

    private IntentMatcherTrainer(IntentMatcherTrainer base, MatcherSettings settings) {
        this.terms = base.terms;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @throws UnsuitableDataException when the examples show fewer than two intents
     */
    @Override
    public IntentModel fit(List<KnowledgeEntry> examples, Progress progress) {
        return fitMatcher(examples, progress);
    }

    /** {@link #fit}, with the parts of the fitted matcher reachable (for tuning and tests). */
    IntentMatcher fitMatcher(List<KnowledgeEntry> examples, Progress progress) {
        Map<String, Integer> intentIndex = new LinkedHashMap<>();
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            String intent = examples.get(i).intent();
            Integer k = intentIndex.get(intent);
            if (k == null) {
                k = intentIndex.size();
                intentIndex.put(intent, k);
            }
            labels[i] = k;
        }
        if (intentIndex.size() < 2) {
            throw new UnsuitableDataException("assistant.error.fewIntents",
                    "the knowledge base needs examples of at least two intents (it has {0})", intentIndex.size());
        }
        int n = examples.size();
        progress.stage("assistant.matcher.stage.terms", n);
        List<List<String>> words = new ArrayList<>(n);
        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 500 == 0) {
                progress.checkCancelled();
            }
            KnowledgeEntry example = examples.get(i);
            QuestionTerms.Terms seen = terms.of(example.question(), example.language());
            words.add(seen.words());
            features.add(seen.features());
        }
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(features, settings.minCount());
        List<SparseVector> vectors = new ArrayList<>(n);
        for (List<String> question : features) {
            vectors.add(vocabulary.vector(question));
        }
        progress.checkCancelled();
        int classes = intentIndex.size();
        progress.stage("assistant.matcher.stage.classifier", classes, n);
        LinearSvmClassifier classifier = LinearSvmClassifier.fit(vectors, labels, classes, vocabulary.size(),
                settings.cost(), progress);
        progress.stage("assistant.matcher.stage.retrieval", n);
        ExampleRetrieval retrieval = ExampleRetrieval.index(words, labels, classes, progress);
        return new IntentMatcher(List.copyOf(intentIndex.keySet()), terms, vocabulary, classifier, retrieval,
                settings);
    }
}
