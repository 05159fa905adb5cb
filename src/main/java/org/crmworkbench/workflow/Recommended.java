package org.crmworkbench.workflow;

import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.model.RecommendationRunRecord;

/**
 * The outcome of a recommendation run: the data it read, the fitted recommender and the lists (not yet stored:
 * {@link RecommendationRunRecord#id()} is 0 until {@link RecommendWorkflow#save} stores it).
 */
public record Recommended(RecommendationCorpus corpus, FittedRecommender fitted, RecommendationRunRecord run) {
}
