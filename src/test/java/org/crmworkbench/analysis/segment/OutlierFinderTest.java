package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.analysis.segment.OutlierFlag.OutlierRule;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class OutlierFinderTest {
    // revenue with planted extremes 95 (row 9) and -40 (row 10); visits constant but for row 4
    private static final double[] REVENUE = {3, 7, 8, 5, 12, 14, 21, 13, 18, 95, -40, 9, 11};
    private static final double[] VISITS = {2, 2, 2, 2, 9, 2, 2, 2, 2, 2, 2, 2, 2};

    private static FeatureMatrix data() {
        double[][] rows = new double[REVENUE.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {REVENUE[i], VISITS[i]};
        }
        return FeatureMatrix.ofRows(rows, List.of("revenue", "visits"));
    }

    @Test
    void quartilesFollowNumpysLinearInterpolation() {
        // numpy.percentile([1, 2, 4, 8, 16, 100], [25, 75]) == [2.5, 14.0]
        double[] sorted = {1, 2, 4, 8, 16, 100};
        assertEquals(2.5, Quantiles.of(sorted).at(0.25), 1e-12);
        assertEquals(14.0, Quantiles.of(sorted).at(0.75), 1e-12);
        assertEquals(1, Quantiles.of(sorted).at(0), 0);
        assertEquals(100, Quantiles.of(sorted).at(1), 0);
    }

    @Test
    void tukeyFencesAndZScoresMatchNumpy() {
        // numpy: percentile(revenue, [25, 75]) = [7, 14] -> fences [-3.5, 24.5]; mean 13.538461538461538,
        // std(ddof=1) 28.672330984811193, so z(95) = 2.84112019, z(-40) = -1.8672518
        Outliers found = new OutlierFinder(new OutlierRules(2.5, 1.5)).find(data(), Progress.none());
        List<OutlierFlag> revenueIqr = found.flags().stream()
                .filter(f -> f.feature().equals("revenue") && f.rule() == OutlierRule.IQR).toList();
        assertEquals(2, revenueIqr.size());
        assertEquals(9, revenueIqr.get(0).row());
        assertEquals((95 - 24.5) / 7, revenueIqr.get(0).score(), 1e-12);
        assertEquals(-3.5, revenueIqr.get(0).lowerLimit(), 1e-12);
        assertEquals(24.5, revenueIqr.get(0).upperLimit(), 1e-12);
        assertEquals(10, revenueIqr.get(1).row());
        assertEquals((-3.5 + 40) / 7, revenueIqr.get(1).score(), 1e-12);
        List<OutlierFlag> revenueZ = found.flags().stream()
                .filter(f -> f.feature().equals("revenue") && f.rule() == OutlierRule.Z_SCORE).toList();
        assertEquals(1, revenueZ.size());
        assertEquals(9, revenueZ.get(0).row());
        assertEquals(2.84112019, revenueZ.get(0).score(), 1e-8);
        assertEquals(13.538461538461538 + 2.5 * 28.672330984811193, revenueZ.get(0).upperLimit(), 1e-9);
    }

    @Test
    void rowsAndReasons() {
        Outliers found = new OutlierFinder(OutlierRules.defaults()).find(data(), Progress.none());
        // visits: IQR 0, so only the z rule judges it: z(9) = 3.33 > 3; revenue: z(95) = 2.84 is not beyond 3
        assertArrayEquals(new int[] {4, 9, 10}, found.rows());
        assertTrue(found.isFlagged(9));
        assertFalse(found.isFlagged(0));
        assertEquals(List.of(), found.reasons(0));
        assertEquals(1, found.reasons(4).size());
        assertEquals("visits", found.reasons(4).get(0).feature());
        assertEquals(OutlierRule.Z_SCORE, found.reasons(4).get(0).rule());
        assertEquals(9, found.reasons(4).get(0).value());
        for (int i = 1; i < found.flags().size(); i++) {
            assertTrue(found.flags().get(i - 1).score() >= found.flags().get(i).score());
        }
        assertEquals(3, found.byRow().size());
    }

    @Test
    void badRules() {
        BadParameterException z = assertThrows(BadParameterException.class, () -> new OutlierRules(0, 1.5));
        assertEquals("z-threshold", z.parameter());
        BadParameterException iqr = assertThrows(BadParameterException.class, () -> new OutlierRules(3, -1));
        assertEquals("iqr-multiplier", iqr.parameter());
        assertThrows(BadParameterException.class, () -> new OutlierRules(Double.NaN, 1.5));
    }
}
