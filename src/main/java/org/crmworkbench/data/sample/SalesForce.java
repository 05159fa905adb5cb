package org.crmworkbench.data.sample;

import java.util.Arrays;

/**
 * The sales reps: region, hire day and planted performance.
 *
 * <p>Performance is a multiplier around 1 (log-normal, σ 0.25, clipped to 0.60..1.60, two decimals). A store or
 * phone order goes to a rep of the customer's region already hired on the order day, chosen with probability
 * proportional to performance (good reps close more orders), and the rep's performance multiplies the expected
 * extra lines and units of the order (good reps sell bigger baskets).
 */
final class SalesForce {
    private static final double PERFORMANCE_SPREAD = 0.25;

    private final int size;
    private final byte[] region;
    private final double[] performance;
    private final int[] hireDay;
    private final int[][] byRegion;
    private final double[][] cumByRegion;
    private final int[] all;
    private final double[] cumAll;

    SalesForce(int size, long seed, int days) {
        this.size = size;
        region = new byte[size];
        performance = new double[size];
        hireDay = new int[size];
        assignRegions(Dice.of(seed, RandomStream.REPS, -1));
        boolean[] seenRegion = new boolean[Region.count()];
        for (int r = 0; r < size; r++) {
            Dice dice = Dice.of(seed, RandomStream.REPS, r);
            double m = StrictMath.exp(PERFORMANCE_SPREAD * dice.gaussian());
            performance[r] = Math.round(Math.max(0.6, Math.min(1.6, m)) * 100) / 100.0;
            if (!seenRegion[region[r]]) {
                seenRegion[region[r]] = true;
                hireDay[r] = -dice.between(200, 2500);
            } else if (dice.chance(0.25)) {
                hireDay[r] = dice.below(Math.max(1, days / 2));
            } else {
                hireDay[r] = -dice.between(1, 2500);
            }
        }
        byRegion = new int[Region.count()][];
        cumByRegion = new double[Region.count()][];
        for (int g = 0; g < Region.count(); g++) {
            final int wanted = g;
            byRegion[g] = byHireDay(r -> region[r] == wanted);
            cumByRegion[g] = cumulativePerformance(byRegion[g]);
        }
        all = byHireDay(r -> true);
        cumAll = cumulativePerformance(all);
    }

    /** Spreads reps over regions in proportion to customers, at least one per region when there are enough. */
    private void assignRegions(Dice dice) {
        int regions = Region.count();
        int at = 0;
        for (int g = 0; g < regions && at < size; g++) {
            region[at++] = (byte) g;
        }
        double[] cum = new double[regions];
        double running = 0;
        for (int g = 0; g < regions; g++) {
            running += Region.of(g).customerShare();
            cum[g] = running;
        }
        while (at < size) {
            region[at++] = (byte) dice.pick(cum);
        }
        for (int i = size - 1; i > 0; i--) {
            int k = dice.below(i + 1);
            byte swap = region[i];
            region[i] = region[k];
            region[k] = swap;
        }
    }

    private int[] byHireDay(java.util.function.IntPredicate filter) {
        return java.util.stream.IntStream.range(0, size).filter(filter).boxed()
                .sorted((a, b) -> hireDay[a] != hireDay[b] ? Integer.compare(hireDay[a], hireDay[b])
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    private double[] cumulativePerformance(int[] reps) {
        double[] cum = new double[reps.length];
        double running = 0;
        for (int i = 0; i < reps.length; i++) {
            running += performance[reps[i]];
            cum[i] = running;
        }
        return cum;
    }

    int size() {
        return size;
    }

    Region region(int r) {
        return Region.of(region[r]);
    }

    /** The planted performance multiplier of a rep. */
    double performance(int r) {
        return performance[r];
    }

    int hireDay(int r) {
        return hireDay[r];
    }

    /** A rep of the region hired by the day, weighted by performance; another region's rep if none is. */
    int pick(int regionOrdinal, int day, Dice dice) {
        int rep = pickFrom(byRegion[regionOrdinal], cumByRegion[regionOrdinal], day, dice);
        if (rep < 0) {
            rep = pickFrom(all, cumAll, day, dice);
        }
        return rep >= 0 ? rep : all[0];
    }

    private int pickFrom(int[] reps, double[] cum, int day, Dice dice) {
        int lo = 0;
        int hi = reps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hireDay[reps[mid]] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int hired = lo;
        if (hired == 0) {
            return -1;
        }
        int index = Arrays.binarySearch(cum, 0, hired, dice.uniform() * cum[hired - 1]);
        index = index >= 0 ? index + 1 : -index - 1;
        return reps[Math.min(index, hired - 1)];
    }
}
