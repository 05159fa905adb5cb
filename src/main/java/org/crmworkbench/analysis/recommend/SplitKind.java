package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/**
 * How ratings are held out for evaluation: a random share of each customer's ratings, each customer's latest
 * ratings, or k folds of each customer's ratings (every rating held out once).
 */
public enum SplitKind {
    RANDOM, TEMPORAL, KFOLD;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SplitKind parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (SplitKind s : values()) {
            if (s.cliName().equals(t)) {
                return s;
            }
        }
        throw new BadParameterException(parameter, "recommend.split.unknown",
                "unknown split '" + text + "'; expected random, temporal or kfold", text);
    }
}
