package org.crmworkbench.analysis.assistant;

import java.util.List;

/**
 * A fitted matcher: the linear classifier's log-probabilities for a question, plus its BM25 retrieval scores weighted
 * by a fixed factor.
 *
 * <p>Score of intent k: {@code log softmax(temperature * decision)_k + retrievalWeight * retrieval_k}, with the
 * classifier's decision values ({@link LinearSvmClassifier}) and the retrieval scores in 0..1 ({@link
 * ExampleRetrieval}). A question with no feature the examples have gets exactly equal scores (all 0). Immutable;
 * safe to share between threads.
 */
final class IntentMatcher implements IntentModel {
    private final List<String> intents;
    private final QuestionTerms terms;
    private final TfIdfVocabulary vocabulary;
    private final LinearSvmClassifier classifier;
    private final ExampleRetrieval retrieval;
    private final MatcherSettings settings;

    IntentMatcher(List<String> intents, QuestionTerms terms, TfIdfVocabulary vocabulary,
                  LinearSvmClassifier classifier, ExampleRetrieval retrieval, MatcherSettings settings) {
        this.intents = List.copyOf(intents);
        this.terms = terms;
        this.vocabulary = vocabulary;
        this.classifier = classifier;
        this.retrieval = retrieval;
        this.settings = settings;
    }

    @Override
    public List<String> intents() {
        return intents;
    }

    @Override
    public double[] scores(String question) {
        QuestionTerms.Terms seen = terms.of(question == null ? "" : question, null);
        SparseVector vector = vocabulary.vector(seen.features());
        double[] scores = new double[intents.size()];
        if (vector.isEmpty()) {
            return scores;
        }
        double[] decisions = classifier.decisions(vector);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = settings.temperature() * decisions[k];
            max = Math.max(max, scores[k]);
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - max);
        }
        double logNorm = max + Math.log(sum);
        double[] nearest = settings.retrievalWeight() > 0 ? retrieval.scores(seen.words()) : new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = scores[k] - logNorm + settings.retrievalWeight() * nearest[k];
        }
        return scores;
    }

    /** The classifier's decision values alone (for tuning and tests). */
    double[] decisions(String question) {
        return classifier.decisions(vocabulary.vector(terms.of(question, null).features()));
    }

    /** The retrieval scores alone (for tuning and tests). */
    double[] retrievalScores(String question) {
        return retrieval.scores(terms.of(question, null).words());
    }

    /** The same fitted parts with other combination settings (cost and min count are fixed by the fit). */
    IntentMatcher withCombination(double temperature, double retrievalWeight) {
        return new IntentMatcher(intents, terms, vocabulary, classifier, retrieval,
                new MatcherSettings(settings.cost(), temperature, retrievalWeight, settings.minCount()));
    }

    int featureCount() {
        return vocabulary.size();
    }
}
