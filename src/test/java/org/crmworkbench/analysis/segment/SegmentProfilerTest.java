package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentProfilerTest {

    @Test
    void profilesGiveSizesSharesMediansAndTheFeatureThatSetsEachApart() {
        // segment 0: big spenders with few visits; segment 1: small spenders; one noise row
        FeatureMatrix original = FeatureMatrix.ofRows(new double[][] {
                {1000, 2}, {1200, 3}, {1100, 2}, {10, 2}, {20, 3}, {30, 2}, {15, 3}, {500, 40}},
                List.of("spend", "visits"));
        int[] labels = {0, 0, 0, 1, 1, 1, 1, Clustering.NOISE};
        Clustering clustering = new Clustering("test", labels, 2,
                Clustering.meansOf(original, labels, 2), 0, 0);
        double[] revenue = original.column(0);
        List<SegmentProfile> profiles = new SegmentProfiler(original, revenue).profile(clustering);
        assertEquals(3, profiles.size());
        SegmentProfile big = profiles.get(0);
        assertEquals(0, big.segment());
        assertEquals(3, big.size());
        assertEquals(3 / 8.0, big.customerShare(), 1e-12);
        assertEquals(3300 / 3875.0, big.revenueShare(), 1e-12);
        assertEquals(1100, big.medians()[0], 1e-12);
        SegmentTrait first = big.traits().get(0);
        assertEquals("spend", first.feature());
        assertTrue(first.higher());
        assertEquals(SegmentTrait.Strength.STRONG, first.strength());
        SegmentProfile small = profiles.get(1);
        assertFalse(small.traits().get(0).higher());
        assertEquals(Clustering.NOISE, profiles.get(2).segment(), "noise comes last");
        assertEquals("visits", profiles.get(2).traits().get(0).feature());
    }

    @Test
    void withoutRevenueTheShareIsUnknown() {
        FeatureMatrix original = FeatureMatrix.ofRows(new double[][] {{1}, {2}, {3}, {4}}, List.of("x"));
        int[] labels = {0, 0, 1, 1};
        List<SegmentProfile> profiles = new SegmentProfiler(original, null)
                .profile(new Clustering("t", labels, 2, Clustering.meansOf(original, labels, 2), 0, 0));
        assertTrue(Double.isNaN(profiles.get(0).revenueShare()));
        assertEquals(0.5, profiles.get(1).customerShare(), 0);
    }
}
