package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import smile.association.FPGrowth;
import smile.association.FPTree;
import smile.association.ItemSet;

/**
 * FP-growth, Apriori and Eclat give the same itemsets with the same counts, which are those of a brute-force count
 * of every subset of every basket and those of Smile's FPGrowth, on random data of several shapes.
 */
class AlgorithmAgreementTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("sparse skewed", skewed(3000, 120, 1, 12, 11L), 0.004, 10),
                Arguments.of("dense", dense(250, 18, 0.55, 12L), 0.08, 10),
                Arguments.of("dense, max length 3", dense(250, 18, 0.55, 13L), 0.05, 3),
                Arguments.of("planted groups", planted(2000, 60, 14L), 0.01, 10),
                Arguments.of("identical baskets (one path)", identical(40, 9), 0.5, 10),
                Arguments.of("with empty baskets", withEmpty(skewed(800, 40, 0, 8, 15L)), 0.01, 10),
                Arguments.of("single item", identical(10, 1), 0.2, 10),
                Arguments.of("count 1", skewed(60, 30, 1, 7, 16L), 0.001, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void threeAlgorithmsBruteForceAndSmileAgree(String shape, int[][] baskets, double support, int maxLength) {
        int items = Arrays.stream(baskets).flatMapToInt(Arrays::stream).max().orElse(0) + 1;
        Transactions t = Transactions.ofNumbered(baskets, items);
        BasketSettings s = BasketSettings.of(support, 0.5).withLengths(1, maxLength);
        BasketAnalysis analysis = new BasketAnalysis();
        List<Itemset> fp = analysis.itemsets(t, s, Progress.none()).all();
        List<Itemset> apriori = analysis.itemsets(t, s.withAlgorithm(MiningAlgorithm.APRIORI), Progress.none()).all();
        List<Itemset> eclat = analysis.itemsets(t, s.withAlgorithm(MiningAlgorithm.ECLAT), Progress.none()).all();
        assertTrue(fp.size() > 0, shape);
        assertEquals(fp, apriori, shape);
        assertEquals(fp, eclat, shape);
        int minCount = s.minCount(baskets.length);
        assertEquals(bruteForce(t, minCount, maxLength), new HashSet<>(fp), shape);
        int[][] distinct = new int[t.size()][];
        Arrays.setAll(distinct, t::basket);
        Set<Itemset> smile = smile(distinct, minCount);
        smile.removeIf(x -> x.size() > maxLength);
        assertEquals(smile, new HashSet<>(fp), shape);
    }

    /** Smile 3.1.1's FP-growth at the same min count, items sorted (its baskets must not repeat an item). */
    static Set<Itemset> smile(int[][] baskets, int minCount) {
        Set<Itemset> out = new HashSet<>();
        FPGrowth.apply(FPTree.of(minCount, baskets)).forEach(x -> {
            int[] items = x.items.clone();
            Arrays.sort(items);
            out.add(new Itemset(items, x.support));
        });
        return out;
    }

    private static Set<Itemset> bruteForce(Transactions t, int minCount, int maxLength) {
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            int[] b = t.basket(i);
            for (int mask = 1; mask < (1 << b.length); mask++) {
                if (Integer.bitCount(mask) > maxLength) {
                    continue;
                }
                List<Integer> subset = new ArrayList<>();
                for (int p = 0; p < b.length; p++) {
                    if ((mask & (1 << p)) != 0) {
                        subset.add(b[p]);
                    }
                }
                counts.merge(subset, 1, Integer::sum);
            }
        }
        Set<Itemset> out = new HashSet<>();
        counts.forEach((items, count) -> {
            if (count >= minCount) {
                out.add(new Itemset(items.stream().mapToInt(Integer::intValue).toArray(), count));
            }
        });
        return out;
    }

    /** Baskets of {@code min} to {@code max} items drawn with Zipf-like weights 1 / (rank + 1). */
    static int[][] skewed(int n, int items, int min, int max, long seed) {
        Random random = new Random(seed);
        double[] cumulative = new double[items];
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        int[][] out = new int[n][];
        for (int t = 0; t < n; t++) {
            int size = min + random.nextInt(max - min + 1);
            int[] b = new int[size];
            for (int k = 0; k < size; k++) {
                int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                b[k] = Math.min(items - 1, at < 0 ? -at - 1 : at);
            }
            out[t] = b;
        }
        return out;
    }

    static int[][] dense(int n, int items, double p, long seed) {
        Random random = new Random(seed);
        int[][] out = new int[n][];
        for (int t = 0; t < n; t++) {
            out[t] = java.util.stream.IntStream.range(0, items).filter(i -> random.nextDouble() < p).toArray();
        }
        return out;
    }

    /** Random baskets into which three groups of items are planted, each in about a tenth of them. */
    static int[][] planted(int n, int items, long seed) {
        Random random = new Random(seed);
        int[][] groups = {{3, 7, 11, 19}, {5, 7, 23}, {40, 41, 42, 43, 44}};
        int[][] noise = skewed(n, items, 0, 5, seed + 1);
        int[][] out = new int[n][];
        for (int t = 0; t < n; t++) {
            List<Integer> b = new ArrayList<>();
            for (int x : noise[t]) {
                b.add(x);
            }
            for (int[] g : groups) {
                if (random.nextDouble() < 0.1) {
                    for (int x : g) {
                        b.add(x);
                    }
                }
            }
            out[t] = b.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    static int[][] identical(int n, int size) {
        int[][] out = new int[n][];
        for (int t = 0; t < n; t++) {
            out[t] = java.util.stream.IntStream.range(0, size).map(i -> size - 1 - i).toArray();
        }
        return out;
    }

    static int[][] withEmpty(int[][] baskets) {
        int[][] out = new int[baskets.length * 2][];
        for (int t = 0; t < baskets.length; t++) {
            out[2 * t] = baskets[t];
            out[2 * t + 1] = new int[0];
        }
        return out;
    }
}
