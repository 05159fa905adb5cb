package org.crmworkbench.analysis.assistant;

/**
 * The matcher's fixed settings. The defaults were chosen on CLINC150's validation split only, fitting on its train
 * split with out-of-scope as one more class ({@code MatcherSettingsSearch} prints the grid): cost 1 (validation
 * in-scope top-1 accuracy of the classifier alone 0.927; cost 0.5 gives 0.921, cost 2 0.929 at three times the fit
 * time); temperature 5 (the classifier's validation log-loss 0.460, against 1.68 at 2 and 0.500 at 10); retrieval
 * weight 1.5, i.e. 0.3 per unit of decision value (validation in-scope accuracy 0.930, the best of 0 to 2 with 0.5;
 * 0.927 without retrieval, 0.923 at 2).
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
        return new MatcherSettings(1.0, 5.0, 1.5, 1);
    }
}
