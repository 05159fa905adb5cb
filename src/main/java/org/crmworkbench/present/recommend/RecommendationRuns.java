package org.crmworkbench.present.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.crmworkbench.analysis.recommend.Recommendation;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.work.Progress;

/**
 * Builds the record of a recommendation run: every customer's (or one customer's) top-N list with scores, sources,
 * cold-start reasons and explanations in words. The window's "write to database" and "export CSV" and the command
 * line all use this one pipeline. Customers are scored in chunks, each chunk in parallel, with a cancellation check
 * between chunks.
 */
public final class RecommendationRuns {
    /** Customers per chunk: progress and cancellation are checked between chunks. */
    static final int CHUNK = 256;

    private final RecommendationWording wording;
    private final String appVersion;

    public RecommendationRuns(RecommendationWording wording, String appVersion) {
        this.wording = Objects.requireNonNull(wording, "wording");
        this.appVersion = appVersion == null ? "development" : appVersion;
    }

    /** Top-{@code n} lists for every customer of the corpus, customers in corpus order. */
    public RecommendationRunRecord all(RecommendationCorpus corpus, TrainedRecommender model,
                                       RecommenderSettings settings, int n, Progress progress) {
        int users = corpus.ratings().userCount();
        progress.stage("recommend.stage.recommend", users);
        Instant started = Instant.now();
        List<RecommendedItem> items = new ArrayList<>(users * n);
        for (int from = 0; from < users; from += CHUNK) {
            progress.checkCancelled();
            int to = Math.min(users, from + CHUNK);
            List<List<RecommendedItem>> lists = IntStream.range(from, to).parallel()
                    .mapToObj(u -> list(corpus, model, u, n)).toList();
            lists.forEach(items::addAll);
            progress.worked(to, users);
        }
        progress.checkCancelled();
        return record(corpus, settings, n, started, items);
    }

    /** The top-{@code n} list of one customer (a matrix index). */
    public RecommendationRunRecord one(RecommendationCorpus corpus, TrainedRecommender model,
                                       RecommenderSettings settings, int user, int n) {
        return record(corpus, settings, n, Instant.now(), list(corpus, model, user, n));
    }

    private RecommendationRunRecord record(RecommendationCorpus corpus, RecommenderSettings settings, int n,
                                           Instant started, List<RecommendedItem> items) {
        return new RecommendationRunRecord(0, settings.algorithm().cliName(), settings.describe(), settings.seed(),
                n, corpus.data().source(), started, appVersion, items);
    }

    private List<RecommendedItem> list(RecommendationCorpus corpus, TrainedRecommender model, int user, int n) {
        List<Recommendation> top = model.recommend(user, n, corpus.alreadyHas(user));
        long customerId = corpus.customer(user).id();
        List<RecommendedItem> out = new ArrayList<>(top.size());
        for (int rank = 0; rank < top.size(); rank++) {
            Recommendation r = top.get(rank);
            out.add(new RecommendedItem(customerId, rank + 1, corpus.product(r.item()).id(), r.score(),
                    r.scoreIsRating(), r.source().name(), r.explanation().coldStart().name(),
                    wording.explain(r.explanation(), corpus)));
        }
        return out;
    }
}
