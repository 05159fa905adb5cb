package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** The recommendation methods, with the names the command line uses. */
public enum RecommenderAlgorithm {
    POPULAR("popular"),
    BASELINE("baseline"),
    USER_KNN("userknn"),
    ITEM_KNN("itemknn"),
    MF("mf"),
    IMPLICIT("implicit"),
    CONTENT("content"),
    HYBRID("hybrid");

    private final String cliName;

    RecommenderAlgorithm(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether the method has a neighbour count to tune. */
    public boolean usesNeighbours() {
        return this == USER_KNN || this == ITEM_KNN;
    }

    /** Whether the method has latent factors. */
    public boolean usesFactors() {
        return this == MF || this == IMPLICIT;
    }

    public static RecommenderAlgorithm parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (RecommenderAlgorithm a : values()) {
            if (a.cliName.equals(t)) {
                return a;
            }
        }
        throw new BadParameterException(parameter, "recommend.algo.unknown", "unknown method '" + text
                + "'; expected one of popular, baseline, userknn, itemknn, mf, implicit, content, hybrid", text);
    }
}
