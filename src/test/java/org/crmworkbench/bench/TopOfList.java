package org.crmworkbench.bench;

import java.io.PrintStream;
import org.crmworkbench.analysis.recommend.Evidence;
import org.crmworkbench.analysis.recommend.EvidenceKind;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.Recommendation;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Recommenders;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.work.Progress;

/**
 * What tops the customers' lists: fitted on all ratings, each customer's first recommendation (products they did not
 * rate), counted when scored 5.0 (the top of the scale), when it rests on one neighbour, on one neighbour with
 * similarity under 0.1, and when it fell back to the baseline for too few neighbours.
 */
final class TopOfList {
    private TopOfList() {
    }

    /** How many first recommendations were scored 5.0, rest on one neighbour (a weak one), or on the baseline. */
    record Counts(int customers, int five, int one, int oneWeak, int fallback) {
    }

    static void report(RatingMatrix all, RecommenderSettings s, PrintStream out) {
        Counts c = count(all, s);
        out.printf("  first recommendation of %,d customers, %s %s: scored 5.0 for %,d; from one neighbour %,d "
                + "(similarity < 0.1: %,d); baseline for too few neighbours %,d%n", c.customers(),
                s.algorithm().cliName(), s.describe(), c.five(), c.one(), c.oneWeak(), c.fallback());
    }

    static Counts count(RatingMatrix all, RecommenderSettings s) {
        TrainedRecommender model = Recommenders.create(s).fit(RecommenderInput.ratingsOnly(all), Progress.none());
        int five = 0;
        int one = 0;
        int oneWeak = 0;
        int fallback = 0;
        int customers = 0;
        for (int u = 0; u < all.userCount(); u++) {
            var list = model.recommend(u, 1);
            if (list.isEmpty()) {
                continue;
            }
            customers++;
            Recommendation top = list.get(0);
            if (top.score() >= 4.9995) {
                five++;
            }
            var evidence = model.explain(u, top.item(), s.neighbours()).evidence();
            long neighbours = evidence.stream().filter(e -> e.kind() == EvidenceKind.RATED_ITEM
                    || e.kind() == EvidenceKind.NEIGHBOUR).count();
            boolean tooFew = evidence.stream().anyMatch(e -> e.kind() == EvidenceKind.TOO_FEW_NEIGHBOURS);
            if (tooFew) {
                fallback++;
            } else if (neighbours == 1) {
                one++;
                Evidence e = evidence.get(0);
                if (e.similarity() < 0.1) {
                    oneWeak++;
                }
            }
        }
        return new Counts(customers, five, one, oneWeak, fallback);
    }
}
