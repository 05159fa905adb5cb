package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/**
 * How neighbourhood methods compare two rating vectors. {@link #COSINE} is the cosine of mean-centred ratings
 * (customer-mean centred for products: the adjusted cosine); {@link #PEARSON} is Pearson's correlation over the
 * ratings both have in common; {@link #PEARSON_BASELINE} is the correlation of the ratings' residuals from the bias
 * baseline ({@code r - mu - b_u - b_i}) over the ratings both have in common, shrunk towards 0 by the number of them
 * ({@code (n - 1) / (n - 1 + shrinkage)}), as Surprise's {@code pearson_baseline}.
 */
public enum Similarity {
    PEARSON, COSINE, PEARSON_BASELINE;

    /** The command-line name: {@code pearson}, {@code cosine}, {@code pearson_baseline}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Similarity parse(String parameter, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Similarity s : values()) {
            if (s.cliName().equals(t)) {
                return s;
            }
        }
        throw new BadParameterException(parameter, "recommend.similarity.unknown",
                "unknown similarity '" + text + "'; expected pearson_baseline, pearson or cosine", text);
    }
}
