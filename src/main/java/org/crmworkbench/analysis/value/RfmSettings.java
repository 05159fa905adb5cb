package org.crmworkbench.analysis.value;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * How RFM scores are binned: {@code bins} quantile bins per measure, or the analyst's own cut points (ascending
 * values of the measure; {@code bins - 1} of them) for any measure where they are given.
 *
 * @param bins           scores run 1..bins, within {@link #BINS}
 * @param recencyCuts    cut points of days since the last purchase (ascending), or null for quantiles
 * @param frequencyCuts  cut points of purchase count (ascending), or null for quantiles
 * @param monetaryCuts   cut points of total spend (ascending), or null for quantiles
 */
public record RfmSettings(int bins, double[] recencyCuts, double[] frequencyCuts, double[] monetaryCuts) {
    public static final IntRange BINS = new IntRange("rfm-bins", 2, 10);

    public RfmSettings {
        BINS.check(bins);
        recencyCuts = checkCuts("recency-cuts", recencyCuts, bins);
        frequencyCuts = checkCuts("frequency-cuts", frequencyCuts, bins);
        monetaryCuts = checkCuts("monetary-cuts", monetaryCuts, bins);
    }

    public static RfmSettings quantiles(int bins) {
        return new RfmSettings(bins, null, null, null);
    }

    /**
     * Cut points as the analyst types them: numbers separated by commas (ASCII or full-width); null for blank text
     * (quantile bins). Their count and order are checked when the settings are made.
     *
     * @throws BadParameterException naming {@code parameter} when a part is not a number
     */
    public static double[] parseCuts(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.util.Arrays.stream(text.split("[,\uFF0C]")).map(String::trim)
                    .mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, "value.error.cutOrder", parameter
                    + " must be ascending numbers separated by commas", parameter);
        }
    }

    private static double[] checkCuts(String name, double[] cuts, int bins) {
        if (cuts == null) {
            return null;
        }
        if (cuts.length != bins - 1) {
            throw new BadParameterException(name, "value.error.cutCount", name + " needs " + (bins - 1)
                    + " ascending cut points", name, bins - 1, cuts.length);
        }
        for (int i = 0; i < cuts.length; i++) {
            if (!Double.isFinite(cuts[i]) || (i > 0 && cuts[i] <= cuts[i - 1])) {
                throw new BadParameterException(name, "value.error.cutOrder", name + " must be ascending numbers",
                        name);
            }
        }
        return cuts.clone();
    }

    @Override
    public double[] recencyCuts() {
        return recencyCuts == null ? null : recencyCuts.clone();
    }

    @Override
    public double[] frequencyCuts() {
        return frequencyCuts == null ? null : frequencyCuts.clone();
    }

    @Override
    public double[] monetaryCuts() {
        return monetaryCuts == null ? null : monetaryCuts.clone();
    }
}
