package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * Blends collaborative methods with content and popularity, and switches between them by how much is known.
 *
 * <ul>
 *   <li>Customers with at least {@link RecommenderSettings#coldStartRatings()} ratings (and at least one): each
 *       collaborative part's scores are turned into z-scores over the products it can score for this customer
 *       ((score - mean) / standard deviation; 0 when all are equal), and the blended score is
 *       {@code sum over parts of (1 - w) / parts x z + w x z(content)} with content weight
 *       w = {@value #CONTENT_WEIGHT}; a part that cannot score a product adds nothing. Products nobody rated get
 *       only the content term {@code w x z(content)} whatever the collaborative parts say (cold start
 *       {@link ColdStart#NEW_PRODUCT}).</li>
 *   <li>Customers with some ratings but fewer than that ({@link ColdStart#FEW_RATINGS}) and customers with none who
 *       bought something ({@link ColdStart#NEW_CUSTOMER}): content-based scores. Products with a positive content
 *       score rank first (score 2 + cosine); the rest of the list is filled by popularity (score in (0, 1):
 *       popularity / (1 + highest popularity)). When content scores nothing positive, popularity alone. Products a
 *       cold customer already bought are left out: their profile is built from those purchases, so content would
 *       mostly echo them back.</li>
 *   <li>Customers with neither ratings nor purchases: popularity ({@link ColdStart#NEW_CUSTOMER}).</li>
 * </ul>
 *
 * <p>With basket rules ({@link #withCrossSell}), a product that a rule suggests (the customer bought the rule's
 * antecedent, not yet the product) gets the bought-together term {@value #CROSS_SELL_WEIGHT} x the strongest such
 * rule's confidence: added to the warm blend (also for products nobody rated), and for cold customers who bought
 * something it ranks those products first (score 3 + confidence, before content). When that term is the largest
 * part of a product's score, the rule explains it ({@link EvidenceKind#BOUGHT_TOGETHER}).
 *
 * <p>For customers with enough ratings the cold-start mark is {@link ColdStart#NONE} except for new products; for
 * cold customers the customer's reason is given, also for new products. Each recommendation's explanation comes
 * from the part whose term added most to the product's blended score (its source and evidence). {@code score} is
 * the blended score above; {@code predict} is the mean of the collaborative parts' predictions that are not NaN.
 * Costs per customer are the sum of the parts' costs plus a linear pass over the products.
 */
public final class HybridRecommender implements Recommender {
    /** Weight of the content z-score for customers with enough ratings; the collaborative parts share the rest. */
    public static final double CONTENT_WEIGHT = 0.25;
    /** Weight of a bought-together rule's confidence in the warm blend (z-score units: up to one deviation). */
    public static final double CROSS_SELL_WEIGHT = 1.0;
    private final RecommenderSettings settings;
    private final List<Recommender> collaborative;
    private final Recommender content;
    private final Recommender popularity;
    private final CrossSellRules crossSell;

    /** A hybrid of the given parts, all fitted on the same input by {@link #fit}. */
    public HybridRecommender(RecommenderSettings settings, List<Recommender> collaborative, Recommender content,
                             Recommender popularity) {
        this(settings, collaborative, content, popularity, null);
    }

    private HybridRecommender(RecommenderSettings settings, List<Recommender> collaborative, Recommender content,
                              Recommender popularity, CrossSellRules crossSell) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.collaborative = List.copyOf(collaborative);
        this.content = Objects.requireNonNull(content, "content");
        this.popularity = Objects.requireNonNull(popularity, "popularity");
        this.crossSell = crossSell;
    }

    /**
     * The same hybrid with a bought-together source: basket rules over the same product numbering as the input it
     * will be fitted on (see {@link HybridModel} for how their term enters the blend).
     */
    public HybridRecommender withCrossSell(CrossSellRules rules) {
        return new HybridRecommender(settings, collaborative, content, popularity, rules);
    }

    /**
     * The standard hybrid: item-kNN (with the settings' neighbours) and matrix factorisation (with its factors) as
     * the collaborative pair, content-based and popularity; all other parameters come from the settings.
     */
    public static HybridRecommender standard(RecommenderSettings settings) {
        return new HybridRecommender(settings, List.of(
                Recommenders.create(settings.withAlgorithm(RecommenderAlgorithm.ITEM_KNN)),
                Recommenders.create(settings.withAlgorithm(RecommenderAlgorithm.MF))),
                Recommenders.create(settings.withAlgorithm(RecommenderAlgorithm.CONTENT)),
                Recommenders.create(settings.withAlgorithm(RecommenderAlgorithm.POPULAR)));
    }

    @Override
    public RecommenderSettings settings() {
        return settings;
    }

    @Override
    public TrainedRecommender fit(RecommenderInput input, Progress progress) {
        List<Recommender> parts = new ArrayList<>(collaborative);
        parts.add(content);
        parts.add(popularity);
        List<TrainedRecommender> fitted = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            progress.checkCancelled();
            Recommender part = parts.get(k);
            progress.stage("recommend.hybrid.stage.part", k + 1, parts.size(),
                    part.settings().algorithm().cliName());
            fitted.add(part.fit(input, new PartProgress(progress, k, parts.size())));
        }
        progress.worked(parts.size() * PartProgress.SCALE, parts.size() * PartProgress.SCALE);
        int c = collaborative.size();
        return new HybridModel(input.ratings(), input.purchases(), fitted.subList(0, c), fitted.get(c),
                fitted.get(c + 1), settings.coldStartRatings(),
                crossSell == null ? CrossSellRules.none(input.ratings().itemCount()) : crossSell);
    }

    /** Passes one part's progress on as its share of the whole fit. */
    private record PartProgress(Progress outer, int part, int parts) implements Progress {
        private static final long SCALE = 1_000;

        @Override
        public void worked(long done, long total) {
            if (total > 0) {
                outer.worked(part * SCALE + Math.min(SCALE, done * SCALE / total), parts * SCALE);
            }
        }

        @Override
        public void stage(String messageKey, Object... args) {
            outer.stage(messageKey, args);
        }

        @Override
        public boolean isCancelled() {
            return outer.isCancelled();
        }
    }
}
