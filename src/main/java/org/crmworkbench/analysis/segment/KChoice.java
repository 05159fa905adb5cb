package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a sweep over k says about the number of segments: the scores of every k, the k each metric favours, and a
 * suggestion.
 *
 * <p>The suggestion is a plurality vote: each metric that could decide votes for its k, and the k with the most
 * votes wins; a tie goes to the tied k with the highest silhouette, then to the smallest tied k. A metric has no
 * vote when it cannot decide: the elbow with fewer than three k or a WCSS curve without a knee below its chord,
 * stability when it was not measured or no k reached {@link #GOOD_STABILITY}, any metric whose scores are all NaN.
 *
 * @param scores      one entry per k, in increasing k
 * @param favoured    the k each deciding metric favours
 * @param suggestedK  the consensus k
 */
public record KChoice(List<KScore> scores, Map<KMetric, Integer> favoured, int suggestedK) {
    /** Mean adjusted Rand index from which a k counts as stable. */
    public static final double GOOD_STABILITY = 0.8;
    /** Stability scores this close count as equal, the larger k then favoured. */
    public static final double STABILITY_TIE = 0.01;

    public KChoice {
        scores = List.copyOf(scores);
        EnumMap<KMetric, Integer> copy = new EnumMap<>(KMetric.class);
        copy.putAll(favoured);
        favoured = java.util.Collections.unmodifiableMap(copy);
    }

    /** The choice the metrics make over {@code scores} (in increasing k, at least one). */
    public static KChoice of(List<KScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one k");
        }
        Map<KMetric, Integer> favoured = new EnumMap<>(KMetric.class);
        elbow(scores).ifPresent(k -> favoured.put(KMetric.ELBOW, k));
        best(scores, s -> s.scores().silhouette(), true).ifPresent(k -> favoured.put(KMetric.SILHOUETTE, k));
        best(scores, s -> s.scores().daviesBouldin(), false).ifPresent(k -> favoured.put(KMetric.DAVIES_BOULDIN, k));
        best(scores, s -> s.scores().calinskiHarabasz(), true)
                .ifPresent(k -> favoured.put(KMetric.CALINSKI_HARABASZ, k));
        stable(scores).ifPresent(k -> favoured.put(KMetric.STABILITY, k));
        return new KChoice(scores, favoured, consensus(scores, favoured));
    }

    /** The k a metric favours, empty when it had no vote. */
    public OptionalInt favouredBy(KMetric metric) {
        Integer k = favoured.get(metric);
        return k == null ? OptionalInt.empty() : OptionalInt.of(k);
    }

    /** True when every metric that voted favours the same k. */
    public boolean metricsAgree() {
        return disagreeing().isEmpty();
    }

    /** The metrics that voted for another k than the suggestion. */
    public List<KMetric> disagreeing() {
        List<KMetric> out = new ArrayList<>();
        favoured.forEach((metric, k) -> {
            if (k != suggestedK) {
                out.add(metric);
            }
        });
        return out;
    }

    /** The scores of {@code k}. */
    public KScore score(int k) {
        for (KScore s : scores) {
            if (s.k() == k) {
                return s;
            }
        }
        throw new IllegalArgumentException("k = " + k + " was not in the sweep");
    }

    private static OptionalInt best(List<KScore> scores, java.util.function.ToDoubleFunction<KScore> value,
                                    boolean highest) {
        int bestK = -1;
        double bestValue = Double.NaN;
        for (KScore s : scores) {
            double v = value.applyAsDouble(s);
            if (Double.isNaN(v)) {
                continue;
            }
            if (bestK < 0 || (highest ? v > bestValue : v < bestValue)) {
                bestK = s.k();
                bestValue = v;
            }
        }
        return bestK < 0 ? OptionalInt.empty() : OptionalInt.of(bestK);
    }

    /** The k farthest below the chord of the WCSS curve, both axes scaled to [0, 1]. */
    static OptionalInt elbow(List<KScore> scores) {
        if (scores.size() < 3) {
            return OptionalInt.empty();
        }
        KScore first = scores.get(0);
        KScore last = scores.get(scores.size() - 1);
        double w0 = first.scores().wcss();
        double w1 = last.scores().wcss();
        if (!(w0 > w1)) {
            return OptionalInt.empty();
        }
        int bestK = -1;
        double bestDepth = 0;
        for (KScore s : scores) {
            double x = (double) (s.k() - first.k()) / (last.k() - first.k());
            double y = (s.scores().wcss() - w1) / (w0 - w1);
            double depth = 1 - x - y;
            if (depth > bestDepth) {
                bestDepth = depth;
                bestK = s.k();
            }
        }
        return bestK < 0 ? OptionalInt.empty() : OptionalInt.of(bestK);
    }

    private static OptionalInt stable(List<KScore> scores) {
        int bestK = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (KScore s : scores) {
            double v = s.stability();
            if (Double.isNaN(v) || v < GOOD_STABILITY) {
                continue;
            }
            if (v > bestValue + STABILITY_TIE) {
                bestValue = v;
                bestK = s.k();
            } else if (v >= bestValue - STABILITY_TIE) {
                bestValue = Math.max(bestValue, v);
                bestK = s.k();
            }
        }
        return bestK < 0 ? OptionalInt.empty() : OptionalInt.of(bestK);
    }

    private static int consensus(List<KScore> scores, Map<KMetric, Integer> favoured) {
        Map<Integer, Integer> votes = new TreeMap<>();
        favoured.values().forEach(k -> votes.merge(k, 1, Integer::sum));
        if (votes.isEmpty()) {
            return scores.get(0).k();
        }
        int most = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int chosen = -1;
        double chosenSilhouette = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() != most) {
                continue;
            }
            double silhouette = scoreOf(scores, e.getKey()).scores().silhouette();
            double comparable = Double.isNaN(silhouette) ? Double.NEGATIVE_INFINITY : silhouette;
            if (chosen < 0 || comparable > chosenSilhouette) {
                chosen = e.getKey();
                chosenSilhouette = comparable;
            }
        }
        return chosen;
    }

    private static KScore scoreOf(List<KScore> scores, int k) {
        for (KScore s : scores) {
            if (s.k() == k) {
                return s;
            }
        }
        throw new IllegalStateException("no scores for k = " + k);
    }
}
