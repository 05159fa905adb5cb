package org.crmworkbench.analysis.assistant;

/**
 * The matcher's fixed settings. The defaults were chosen on CLINC150's validation split only (in-scope top-1 accuracy
 * with out-of-scope as one more class; see {@code IntentMatcherClincTest} and assets/public/clinc150/README.txt).
 *
 * @param cost            the classifier's cost of a margin violation (larger = less regularised), &gt; 0
 * @param temperature     the factor turning the classifier's decision values into log-probabilities, &gt; 0
 * @param retrievalWeight how much the nearest examples' BM25 scores (0..1 per intent) add to the log-probabilities,
 *                        &ge; 0 (0 = classifier alone)
 * @param minCount        how many examples a feature must appear in to be kept, &ge; 1
 */
record MatcherSettings(double cost, double temperature, double retrievalWeight, int minCount) {
    MatcherSettings {
        if (!(cost > 0) || !(temperature > 0) || !(retrievalWeight >= 0) || minCount < 1) {
            throw new IllegalArgumentException("matcher settings out of range");
        }
    }

    /** The settings chosen on CLINC150's validation split. */
    static MatcherSettings defaults() {
        return new MatcherSettings(1.0, 5.0, 1.0, 1);
    }
}
