package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A fitted {@link HybridRecommender}: its fitted parts and the rules that pick and blend them per customer (see the
 * class comment there). Immutable; every call works on its own arrays.
 */
final class HybridModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final RatingMatrix purchases;
    private final List<TrainedRecommender> collaborative;
    private final TrainedRecommender content;
    private final TrainedRecommender popularity;
    private final int enoughRatings;
    private final CrossSellRules crossSell;

    HybridModel(RatingMatrix ratings, RatingMatrix purchases, List<TrainedRecommender> collaborative,
                TrainedRecommender content, TrainedRecommender popularity, int coldStartRatings,
                CrossSellRules crossSell) {
        this.crossSell = crossSell;
        this.ratings = ratings;
        this.purchases = purchases;
        this.collaborative = List.copyOf(collaborative);
        this.content = content;
        this.popularity = popularity;
        this.enoughRatings = Math.max(1, coldStartRatings);
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    /** The bought-together rules the blend uses (none when the hybrid was fitted without). */
    public CrossSellRules crossSell() {
        return crossSell;
    }

    /** For each product, the strongest rule that suggests it to this customer, or null. */
    private CrossSellRules.Rule[] rules(int user) {
        int items = ratings.itemCount();
        if (crossSell.isEmpty()) {
            return new CrossSellRules.Rule[items];
        }
        return crossSell.strongestFor(i -> purchases.hasRated(user, i) || ratings.hasRated(user, i), items);
    }

    /**
     * Similar products from the parts that can tell: the collaborative parts first (products rated alike), then
     * content (products described alike) to fill the list and to cover products without ratings. Each product
     * appears once, with the similarity and source of the part that named it first.
     */
    @Override
    public List<SimilarItem> similarTo(int item, int n) {
        List<SimilarItem> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<TrainedRecommender> parts = new ArrayList<>(collaborative);
        parts.add(content);
        for (TrainedRecommender part : parts) {
            if (part instanceof SimilarItems similar) {
                for (SimilarItem s : similar.similarTo(item, n)) {
                    if (out.size() < n && seen.add(s.item())) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /** The hybrid has no single source; each explanation names the part it came from. */
    @Override
    public RecommendationSource source() {
        return collaborative.isEmpty() ? content.source() : collaborative.get(0).source();
    }

    @Override
    public boolean predictsRatings() {
        return true;
    }

    @Override
    public double predict(int user, int item) {
        double sum = 0;
        int count = 0;
        for (TrainedRecommender part : collaborative) {
            double p = part.predict(user, item);
            if (!Double.isNaN(p)) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? Double.NaN : ratings.clip(sum / count);
    }

    @Override
    public void score(int user, float[] scores) {
        float[] blended = blend(user).scores;
        System.arraycopy(blended, 0, scores, 0, blended.length);
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        return blend(user).explain(item, limit);
    }

    @Override
    public List<Recommendation> recommend(int user, int n, IntPredicate excluded) {
        Blend blend = blend(user);
        int[] top = TopItems.select(blend.scores, n, excluded);
        List<Recommendation> out = new ArrayList<>(top.length);
        for (int item : top) {
            Explanation why = blend.explain(item, 5);
            double predicted = why.coldStart() == ColdStart.NONE ? predict(user, item) : Double.NaN;
            out.add(Double.isNaN(predicted) ? new Recommendation(item, blend.scores[item], false, why)
                    : new Recommendation(item, predicted, true, why));
        }
        return out;
    }

    /** The customer's scores from the parts the rules pick, and for each product the part that counted most. */
    Blend blend(int user) {
        int items = ratings.itemCount();
        int rated = ratings.ratingsOfUser(user);
        if (rated >= enoughRatings) {
            return warm(user, items);
        }
        ColdStart reason = rated > 0 ? ColdStart.FEW_RATINGS : ColdStart.NEW_CUSTOMER;
        float[] pop = new float[items];
        popularity.score(user, pop);
        float[] text = null;
        if (rated > 0 || purchases.ratingsOfUser(user) > 0) {
            text = new float[items];
            content.score(user, text);
            boolean any = false;
            for (int i = 0; i < items && !any; i++) {
                any = text[i] > 0 && !ratings.hasRated(user, i);
            }
            if (!any) {
                text = null;
            }
        }
        float maxPop = 0;
        for (float p : pop) {
            if (p > maxPop) {
                maxPop = p;
            }
        }
        float[] scores = new float[items];
        TrainedRecommender[] source = new TrainedRecommender[items];
        CrossSellRules.Rule[] rule = rules(user);
        for (int i = 0; i < items; i++) {
            if (purchases.hasRated(user, i)) {
                // a cold customer's profile comes mostly from what they bought; echoing it back is no discovery
                scores[i] = Float.NaN;
                rule[i] = null;
            } else if (rule[i] != null) {
                scores[i] = 3f + (float) rule[i].confidence();
            } else if (text != null && text[i] > 0) {
                scores[i] = 2f + text[i];
                source[i] = content;
            } else if (!Float.isNaN(pop[i])) {
                scores[i] = pop[i] / (1f + maxPop);
                source[i] = popularity;
            } else {
                scores[i] = Float.NaN;
            }
        }
        ColdStart[] reasons = new ColdStart[] {reason};
        return new Blend(user, scores, source, rule, i -> reasons[0]);
    }

    private Blend warm(int user, int items) {
        int parts = collaborative.size();
        double collaborativeWeight = parts == 0 ? 0 : (1 - HybridRecommender.CONTENT_WEIGHT) / parts;
        float[][] z = new float[parts][];
        for (int c = 0; c < parts; c++) {
            z[c] = new float[items];
            collaborative.get(c).score(user, z[c]);
            standardise(z[c]);
        }
        float[] text = new float[items];
        content.score(user, text);
        standardise(text);
        float[] scores = new float[items];
        TrainedRecommender[] source = new TrainedRecommender[items];
        boolean[] newProduct = new boolean[items];
        CrossSellRules.Rule[] rule = rules(user);
        CrossSellRules.Rule[] explainedBy = new CrossSellRules.Rule[items];
        for (int i = 0; i < items; i++) {
            double textPart = Float.isNaN(text[i]) ? Double.NaN : HybridRecommender.CONTENT_WEIGHT * text[i];
            double rulePart = rule[i] == null ? Double.NaN : HybridRecommender.CROSS_SELL_WEIGHT * rule[i].confidence();
            if (ratings.ratingsOfItem(i) == 0) {
                newProduct[i] = true;
                double sum = (Double.isNaN(textPart) ? 0 : textPart) + (Double.isNaN(rulePart) ? 0 : rulePart);
                scores[i] = Double.isNaN(textPart) && Double.isNaN(rulePart) ? Float.NaN : (float) sum;
                source[i] = Double.isNaN(textPart) ? null : content;
                if (!Double.isNaN(rulePart) && (Double.isNaN(textPart) || rulePart > textPart)) {
                    explainedBy[i] = rule[i];
                }
                continue;
            }
            double sum = 0;
            double best = Double.NEGATIVE_INFINITY;
            TrainedRecommender bestPart = null;
            for (int c = 0; c < parts; c++) {
                if (!Float.isNaN(z[c][i])) {
                    double part = collaborativeWeight * z[c][i];
                    sum += part;
                    if (part > best) {
                        best = part;
                        bestPart = collaborative.get(c);
                    }
                }
            }
            if (!Double.isNaN(textPart)) {
                sum += textPart;
                if (textPart > best) {
                    best = textPart;
                    bestPart = content;
                }
            }
            if (!Double.isNaN(rulePart)) {
                sum += rulePart;
                if (rulePart > best || bestPart == null) {
                    explainedBy[i] = rule[i];
                }
            }
            scores[i] = bestPart == null && explainedBy[i] == null ? Float.NaN : (float) sum;
            source[i] = bestPart;
        }
        return new Blend(user, scores, source, explainedBy,
                i -> newProduct[i] ? ColdStart.NEW_PRODUCT : ColdStart.NONE);
    }

    /** Replaces the non-NaN scores by their z-scores (0 when they are all equal). */
    static void standardise(float[] s) {
        double sum = 0;
        int n = 0;
        for (float v : s) {
            if (!Float.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double mean = sum / n;
        double squares = 0;
        for (float v : s) {
            if (!Float.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / n);
        for (int i = 0; i < s.length; i++) {
            if (!Float.isNaN(s[i])) {
                s[i] = sd > 1e-12 ? (float) ((s[i] - mean) / sd) : 0f;
            }
        }
    }

    /** One customer's blended scores, the part behind each product and the cold-start reason of each product. */
    final class Blend {
        private final int user;
        final float[] scores;
        private final TrainedRecommender[] source;
        private final CrossSellRules.Rule[] rule;
        private final java.util.function.IntFunction<ColdStart> reason;

        Blend(int user, float[] scores, TrainedRecommender[] source, CrossSellRules.Rule[] rule,
              java.util.function.IntFunction<ColdStart> reason) {
            this.user = user;
            this.scores = scores;
            this.source = source;
            this.rule = rule;
            this.reason = reason;
        }

        /** The part behind the product, or null when no part can score it. */
        TrainedRecommender part(int item) {
            return source[item];
        }

        Explanation explain(int item, int limit) {
            CrossSellRules.Rule r = rule[item];
            if (r != null) {
                return new Explanation(RecommendationSource.BOUGHT_TOGETHER, reason.apply(item),
                        List.of(Evidence.boughtTogether(r.antecedent(), r.confidence(), r.lift())));
            }
            TrainedRecommender part = source[item];
            if (part == null) {
                return new Explanation(content.source(), reason.apply(item), List.of());
            }
            Explanation e = part.explain(user, item, limit);
            return new Explanation(e.source(), reason.apply(item), e.evidence());
        }
    }
}
