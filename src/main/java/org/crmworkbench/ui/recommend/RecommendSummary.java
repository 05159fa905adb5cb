package org.crmworkbench.ui.recommend;

import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendationWording;

/** The line above the tabs: how much data there is and which method is fitted (or being fitted). */
final class RecommendSummary {
    private RecommendSummary() {
    }

    static String text(RecommendViewModel model, RecommendationWording wording, Messages messages) {
        RecommendationCorpus c = model.corpusProperty().get();
        return switch (model.phaseProperty().get()) {
            case WAITING_FOR_DATA -> messages.get(c == null ? "recommend.summary.waiting"
                    : "recommend.summary.noRatings");
            case LOADING -> messages.get("recommend.summary.loading");
            case FAILED -> messages.get("recommend.summary.failed");
            case READY -> {
                var fitted = model.fittedProperty().get();
                int customers = c.ratings().userCount();
                int products = c.ratings().itemCount();
                int ratings = c.ratings().size();
                String line = model.fittingProperty().get() || fitted == null
                        ? messages.get("recommend.summary.fitting", customers, products, ratings,
                        wording.algorithm(model.form().algorithmProperty().get()))
                        : messages.get("recommend.summary.ready", customers, products, ratings,
                        wording.algorithm(fitted.settings().algorithm()), fitted.seconds());
                boolean hybrid = model.form().algorithmProperty().get() == RecommenderAlgorithm.HYBRID;
                yield hybrid && !c.crossSell().isEmpty()
                        ? messages.get("recommend.summary.crossSell", line, c.crossSell().size(),
                        c.crossSell().runId())
                        : line;
            }
        };
    }
}
