package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/**
 * How neighbourhood methods compare two rating vectors. {@link #COSINE} is the cosine of mean-centred ratings
 * (customer-mean centred for products: the adjusted cosine); {@link #PEARSON} is Pearson's correlation over the
 * ratings both have in common.
 */
public enum Similarity {
    PEARSON, COSINE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Similarity parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Similarity s : values()) {
            if (s.cliName().equals(t)) {
                return s;
            }
        }
        throw new BadParameterException(parameter, "recommend.similarity.unknown",
                "unknown similarity '" + text + "'; expected pearson or cosine", text);
    }
}
