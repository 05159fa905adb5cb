package org.crmworkbench.present.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.model.ValueRunRecord.ClvBin;
import org.junit.jupiter.api.Test;

/** CLV bins of round width up to the 99th percentile, the tail in one open bin. */
class ClvBinsTest {
    @Test
    void aLongTailGoesInOneOpenLastBin() {
        double[] clv = new double[200];
        for (int i = 0; i < 198; i++) {
            clv[i] = i; // 0..197
        }
        clv[198] = 5000;
        clv[199] = 90000;
        // 99th percentile: the 198th value (index 197) = 197; width 197 / 20 = 9.85 -> 10
        List<ClvBin> bins = ClvBins.of(clv);
        assertEquals(21, bins.size());
        assertEquals(0, bins.get(0).lower());
        assertEquals(10, bins.get(0).upper());
        assertEquals(10, bins.get(0).customers());
        assertEquals(190, bins.get(19).lower());
        assertEquals(8, bins.get(19).customers()); // 190..197
        ClvBin open = bins.get(20);
        assertEquals(200, open.lower());
        assertEquals(Math.nextUp(90000.0), open.upper());
        assertEquals(2, open.customers());
        assertTrue(ClvBins.lastIsOpen(bins));
        assertEquals(200, bins.stream().mapToInt(ClvBin::customers).sum());
    }

    @Test
    void withoutATailEveryBinIsRegularAndTheLargestValueIsCounted() {
        double[] clv = new double[100];
        for (int i = 0; i < 100; i++) {
            clv[i] = i + 1; // 1..100, 99th percentile 99 -> width 5
        }
        List<ClvBin> bins = ClvBins.of(clv);
        assertEquals(5, bins.get(0).upper() - bins.get(0).lower());
        assertEquals(100, bins.stream().mapToInt(ClvBin::customers).sum());
        ClvBin last = bins.get(bins.size() - 1);
        assertTrue(last.lower() <= 100 && 100 < last.upper());
    }

    @Test
    void negativeValuesStartTheBinsBelowZeroAndNanIsLeftOut() {
        List<ClvBin> bins = ClvBins.of(new double[] {-12, 0, 30, 55, Double.NaN});
        assertEquals(4, bins.stream().mapToInt(ClvBin::customers).sum());
        assertTrue(bins.get(0).lower() <= -12);
        assertEquals(0, bins.get(0).lower() % (bins.get(0).upper() - bins.get(0).lower()), 1e-9);
        assertTrue(ClvBins.of(new double[0]).isEmpty());
    }

    @Test
    void equalValuesMakeOneBin() {
        List<ClvBin> bins = ClvBins.of(new double[] {0, 0, 0});
        assertEquals(1, bins.size());
        assertEquals(3, bins.get(0).customers());
        assertFalse(ClvBins.lastIsOpen(bins));
    }

    @Test
    void widthsAreRound() {
        assertEquals(10, ClvBins.roundWidth(9.85));
        assertEquals(2.5, ClvBins.roundWidth(2.1));
        assertEquals(0.05, ClvBins.roundWidth(0.042), 1e-15);
        assertEquals(1000, ClvBins.roundWidth(1000));
    }
}
