package org.crmworkbench.data.sample;

import java.util.SplittableRandom;

/**
 * Deterministic random draws for one {@link RandomStream}.
 *
 * <p>Only {@link SplittableRandom#nextLong()} is used, whose algorithm is specified, and every derived
 * quantity (doubles, bounded integers, Gaussian and Poisson variates) is computed here with
 * {@link StrictMath}, so a given seed gives the same numbers on every JDK and platform.
 */
final class Dice {
    private static final double UNIT = 0x1.0p-53;

    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpare;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Dice of(long seed, RandomStream stream, long a, long b) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h + (stream.ordinal() + 1L) * 0x9E3779B97F4A7C15L);
        h = mix(h + (a + 1L) * 0xC2B2AE3D27D4EB4FL);
        h = mix(h + (b + 1L) * 0x165667B19E3779F9L);
        return new Dice(h);
    }

    static Dice of(long seed, RandomStream stream, long a) {
        return of(seed, stream, a, 0L);
    }

    /** The SplitMix64 finaliser: a strong bijective mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (random.nextLong() >>> 11) * UNIT;
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * uniform();
    }

    /** Uniform integer in [0, n); n must be positive. */
    int below(int n) {
        return (int) (((random.nextLong() >>> 32) * n) >>> 32);
    }

    /** Uniform integer in [lo, hi], both inclusive; hi must not be below lo. */
    int between(int lo, int hi) {
        return lo + below(hi - lo + 1);
    }

    boolean chance(double p) {
        return uniform() < p;
    }

    /** Standard normal variate (Marsaglia's polar method). */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double x;
        double y;
        double s;
        do {
            x = 2 * uniform() - 1;
            y = 2 * uniform() - 1;
            s = x * x + y * y;
        } while (s >= 1 || s == 0);
        double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = y * f;
        hasSpare = true;
        return x * f;
    }

    /** Log-normal factor with median exp(-sigma^2/2), i.e. mean 1. */
    double logNormal(double sigma) {
        return StrictMath.exp(sigma * gaussian() - sigma * sigma / 2);
    }

    /** Poisson variate; exact for small means, normal approximation above 30. */
    int poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = uniform();
        int n = 0;
        while (product > limit) {
            product *= uniform();
            n++;
        }
        return n;
    }

    /** An index drawn from cumulative weights {@code cum[from..from+n)}, the last of which is the total. */
    int pick(float[] cum, int from, int n) {
        double target = uniform() * cum[from + n - 1];
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[from + mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** An index drawn from cumulative weights, the last of which is the total. */
    int pick(double[] cum) {
        double target = uniform() * cum[cum.length - 1];
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The smaller of two uniform indexes below n: favours the front of a list. */
    int belowFavouringFront(int n) {
        return Math.min(below(n), below(n));
    }
}
