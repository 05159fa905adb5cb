package org.crmworkbench.analysis.value;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RfmScoringTest {
    private static final LocalDate END = LocalDate.of(2021, 12, 31);

    @Test
    void quantileCutsAreTheLowerEmpiricalQuantiles() {
        double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertArrayEquals(new double[] {2, 4, 6, 8}, RfmScoring.quantileCuts(values, 5));
        assertArrayEquals(new double[] {4, 7}, RfmScoring.quantileCuts(values, 3)); // ranks 4 and 7
        int[] bins = java.util.Arrays.stream(values).mapToInt(v -> RfmScoring.bin(v, new double[] {2, 4, 6, 8}))
                .toArray();
        assertArrayEquals(new int[] {5, 5, 4, 4, 3, 3, 2, 2, 1, 1}, bins);
    }

    @Test
    void tiesGetEqualScoresAndCollapsedBinsAreSkipped() {
        double[] values = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        double[] cuts = RfmScoring.quantileCuts(values, 5);
        assertArrayEquals(new double[] {1, 1, 1, 3}, cuts);
        assertEquals(1, RfmScoring.bin(1, cuts));
        assertEquals(4, RfmScoring.bin(2, cuts));
        assertEquals(4, RfmScoring.bin(3, cuts));
        assertEquals(5, RfmScoring.bin(4, cuts));
        assertEquals(1, RfmScoring.bin(7, new double[] {7, 7, 7, 7}), "all equal: everyone in bin 1");
    }

    @Test
    void scoresTheThreeMeasuresOfSummaries() {
        // ten customers: customer i last bought i days before the end, made i + 1 purchases, spent 10 (i + 1)
        List<CustomerSummary> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate last = END.minusDays(i);
            LocalDate first = END.minusDays(100);
            list.add(new CustomerSummary("c" + i, i, 100 - i, 100, i == 0 ? 0 : 10, first, last, 10 * (i + 1), 0,
                    0));
        }
        RfmTable table = new RfmScoring(RfmSettings.quantiles(5)).score(new CustomerSummaries(list, END, null,
                PeriodUnit.DAY));
        assertArrayEquals(new double[] {1, 3, 5, 7}, table.recencyCuts());
        assertArrayEquals(new double[] {2, 4, 6, 8}, table.frequencyCuts());
        assertArrayEquals(new double[] {20, 40, 60, 80}, table.monetaryCuts());
        assertEquals(5, table.bins());
        // c0: 0 days, 1 purchase, 10 spent; c9: 9 days, 10 purchases, 100 spent
        assertEquals("511", table.scores().get(0).code());
        assertEquals("155", table.scores().get(9).code());
        assertEquals("333", table.scores().get(4).code()); // 4 days, 5 purchases, 50
        assertEquals(RfmSegment.NEW, table.scores().get(0).segment());
        assertEquals(RfmSegment.CANT_LOSE, table.scores().get(9).segment());
        assertEquals(RfmSegment.LOYAL, table.scores().get(4).segment());
        Map<RfmSegment, Integer> sizes = table.segmentSizes();
        assertEquals(10, sizes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theAnalystsCutPointsAreUsedAsGiven() {
        RfmSettings settings = new RfmSettings(3, new double[] {7, 30}, null, new double[] {100, 500});
        List<CustomerSummary> list = List.of(
                new CustomerSummary("a", 1, 10, 20, 50, END.minusDays(20), END.minusDays(7), 100, 0, 0),
                new CustomerSummary("b", 2, 10, 20, 50, END.minusDays(20), END.minusDays(8), 100.5, 0, 0),
                new CustomerSummary("c", 0, 0, 20, 0, END.minusDays(31), END.minusDays(31), 501, 0, 0));
        RfmTable table = new RfmScoring(settings).score(new CustomerSummaries(list, END, null, PeriodUnit.DAY));
        assertEquals(3, table.scores().get(0).recency());
        assertEquals(2, table.scores().get(1).recency());
        assertEquals(1, table.scores().get(2).recency());
        assertEquals(1, table.scores().get(0).monetary());
        assertEquals(2, table.scores().get(1).monetary());
        assertEquals(3, table.scores().get(2).monetary());
        assertArrayEquals(new double[] {7, 30}, table.recencyCuts());
        // frequency by quantiles of 2, 3, 1 purchase days: ranks 1 and 2 of {1, 2, 3}
        assertArrayEquals(new double[] {1, 2}, table.frequencyCuts());
    }

    @Test
    void segmentRulesOnFiveBins() {
        assertEquals(RfmSegment.CHAMPIONS, RfmScoring.segment(5, 5, 5, 5));
        assertEquals(RfmSegment.CHAMPIONS, RfmScoring.segment(5, 4, 5, 3));
        assertEquals(RfmSegment.LOYAL, RfmScoring.segment(5, 3, 3, 3));
        assertEquals(RfmSegment.LOYAL, RfmScoring.segment(5, 5, 3, 4)); // FM 3.5
        assertEquals(RfmSegment.NEW, RfmScoring.segment(5, 5, 1, 2)); // FM 1.5
        assertEquals(RfmSegment.POTENTIAL, RfmScoring.segment(5, 4, 2, 2));
        assertEquals(RfmSegment.POTENTIAL, RfmScoring.segment(5, 3, 1, 1));
        assertEquals(RfmSegment.CANT_LOSE, RfmScoring.segment(5, 1, 5, 4));
        assertEquals(RfmSegment.AT_RISK, RfmScoring.segment(5, 2, 3, 3));
        assertEquals(RfmSegment.HIBERNATING, RfmScoring.segment(5, 2, 1, 2));
        assertEquals(RfmSegment.LOST, RfmScoring.segment(5, 1, 2, 2));
        assertEquals(RfmSegment.LOST, RfmScoring.segment(5, 1, 3, 2)); // FM 2.5
    }

    @Test
    void segmentRulesScaleToTheBins() {
        List<RfmRule> three = RfmScoring.rules(3);
        assertEquals(new RfmRule(RfmSegment.CHAMPIONS, 3, 3, 2.5, 3), three.get(0));
        assertEquals(new RfmRule(RfmSegment.HIBERNATING, 3, 4, 1, 10), RfmScoring.rules(10).get(6));
        assertEquals(new RfmRule(RfmSegment.CANT_LOSE, 1, 2, 4, 5), RfmScoring.rules(5).get(4));
        assertEquals(RfmSegment.CHAMPIONS, RfmScoring.segment(3, 3, 3, 2)); // FM 2.5
        assertEquals(RfmSegment.LOYAL, RfmScoring.segment(3, 2, 2, 2));
        assertEquals(RfmSegment.NEW, RfmScoring.segment(3, 3, 1, 1));
        assertEquals(RfmSegment.CANT_LOSE, RfmScoring.segment(3, 1, 3, 3));
        assertEquals(RfmSegment.LOST, RfmScoring.segment(3, 1, 1, 1));
        assertEquals(RfmSegment.values().length, RfmScoring.rules(5).size());
    }

    @Test
    void everyScoreCombinationHasASegmentAndFiveBinsReachThemAll() {
        for (int bins = RfmSettings.BINS.min(); bins <= RfmSettings.BINS.max(); bins++) {
            java.util.Set<RfmSegment> reached = java.util.EnumSet.noneOf(RfmSegment.class);
            for (int r = 1; r <= bins; r++) {
                for (int f = 1; f <= bins; f++) {
                    for (int m = 1; m <= bins; m++) {
                        RfmSegment segment = RfmScoring.segment(bins, r, f, m);
                        assertNotNull(segment);
                        reached.add(segment);
                    }
                }
            }
            if (bins >= 5) {
                assertEquals(RfmSegment.values().length, reached.size(), "bins " + bins);
            }
        }
    }
}
