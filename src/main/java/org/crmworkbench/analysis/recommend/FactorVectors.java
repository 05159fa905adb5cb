package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Product factor vectors of a trained factorisation with their lengths, for cosine similarity between products:
 * "products similar to this one" and the explanation of a recommendation by the customer's own products that lie
 * closest to it in factor space. Immutable; products with a zero vector (never rated or bought) resemble nothing.
 */
final class FactorVectors {
    private final double[] v;
    private final int f;
    private final double[] norms;

    FactorVectors(double[] itemFactors, int factors) {
        this.v = itemFactors;
        this.f = factors;
        this.norms = new double[itemFactors.length / factors];
        for (int i = 0; i < norms.length; i++) {
            double s = 0;
            for (int k = 0; k < f; k++) {
                s += v[i * f + k] * v[i * f + k];
            }
            norms[i] = Math.sqrt(s);
        }
    }

    /** Cosine of two products' factor vectors; NaN when either is zero. */
    double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return Double.NaN;
        }
        double s = 0;
        int oa = a * f;
        int ob = b * f;
        for (int k = 0; k < f; k++) {
            s += v[oa + k] * v[ob + k];
        }
        return s / (norms[a] * norms[b]);
    }

    List<SimilarItem> similarTo(int item, int n, RecommendationSource source) {
        float[] scores = new float[norms.length];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = (float) cosine(item, j);
        }
        int[] top = TopItems.select(scores, n, j -> j == item);
        List<SimilarItem> out = new ArrayList<>(top.length);
        for (int j : top) {
            out.add(new SimilarItem(j, cosine(item, j), source));
        }
        return out;
    }

    /**
     * The customer's products in {@code feedback} (ratings or purchases) most similar to {@code item}, most similar
     * first, at most {@code limit}, as evidence of the given kind with the customer's value (rating or units).
     */
    List<Evidence> closestOwned(RatingMatrix feedback, int user, int item, int limit, EvidenceKind kind) {
        int start = feedback.userStart(user);
        int end = feedback.userEnd(user);
        float[] scores = new float[feedback.itemCount()];
        java.util.Arrays.fill(scores, Float.NaN);
        for (int p = start; p < end; p++) {
            int j = feedback.itemAt(p);
            if (j != item) {
                scores[j] = (float) cosine(item, j);
            }
        }
        int[] top = TopItems.select(scores, limit, j -> false);
        List<Evidence> out = new ArrayList<>(top.length);
        for (int j : top) {
            out.add(new Evidence(kind, j, "", cosine(item, j), feedback.value(user, j)));
        }
        return out;
    }
}
