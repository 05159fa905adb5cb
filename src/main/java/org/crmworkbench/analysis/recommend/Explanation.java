package org.crmworkbench.analysis.recommend;

import java.util.List;
import java.util.Objects;

/**
 * Why a product was recommended: the method, whether a cold-start fallback applied, and the strongest pieces of
 * evidence (at most a handful, strongest first).
 */
public record Explanation(RecommendationSource source, ColdStart coldStart, List<Evidence> evidence) {
    public Explanation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(coldStart, "coldStart");
        evidence = List.copyOf(evidence);
    }

    public static Explanation of(RecommendationSource source, List<Evidence> evidence) {
        return new Explanation(source, ColdStart.NONE, evidence);
    }

    public Explanation withColdStart(ColdStart reason) {
        return new Explanation(source, reason, evidence);
    }
}
