package org.crmworkbench.analysis.value;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * RFM scores of every customer with the cut points they were binned by. The measures: recency = days from the last
 * purchase to the calibration end (fewer is better), frequency = purchase days (x + 1), monetary = total spend up to
 * the calibration end.
 *
 * @param scores        one per customer, in the order of {@link CustomerSummaries#customers()}
 * @param recencyCuts   the bins - 1 cut points used for recency, ascending (quantiles or the analyst's)
 * @param frequencyCuts the cut points used for frequency
 * @param monetaryCuts  the cut points used for monetary value
 * @param bins          scores run 1..bins
 */
public record RfmTable(List<RfmScore> scores, double[] recencyCuts, double[] frequencyCuts, double[] monetaryCuts,
                       int bins) {
    public RfmTable {
        scores = List.copyOf(scores);
        recencyCuts = recencyCuts.clone();
        frequencyCuts = frequencyCuts.clone();
        monetaryCuts = monetaryCuts.clone();
    }

    /** Customers per segment, every segment present (0 when empty), in the enum's order. */
    public Map<RfmSegment, Integer> segmentSizes() {
        Map<RfmSegment, Integer> sizes = new EnumMap<>(RfmSegment.class);
        for (RfmSegment segment : RfmSegment.values()) {
            sizes.put(segment, 0);
        }
        for (RfmScore score : scores) {
            sizes.merge(score.segment(), 1, Integer::sum);
        }
        return sizes;
    }

    @Override
    public double[] recencyCuts() {
        return recencyCuts.clone();
    }

    @Override
    public double[] frequencyCuts() {
        return frequencyCuts.clone();
    }

    @Override
    public double[] monetaryCuts() {
        return monetaryCuts.clone();
    }
}
