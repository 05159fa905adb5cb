package org.crmworkbench.analysis.value;

import java.util.SplittableRandom;

/**
 * Simulates customers' calibration summaries (x, t_x, T) from the BG/NBD and Pareto/NBD stories with known
 * parameters and a fixed seed: planted data whose answer is known. Ages are drawn uniformly from [minAge, maxAge]
 * (customers acquired over a period and observed to a common end, as in CDNOW's 27 to 39 weeks).
 *
 * @param x   frequencies
 * @param tx  recencies
 * @param age ages T
 */
public record PurchaseSimulator(int[] x, double[] tx, double[] age) {

    /** BG/NBD: a gamma(r, alpha) purchase rate, and after each repeat purchase dropout with a beta(a, b) chance. */
    public static PurchaseSimulator bgNbd(double r, double alpha, double a, double b, int customers, double minAge,
                                          double maxAge, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        for (int i = 0; i < customers; i++) {
            age[i] = minAge + (maxAge - minAge) * random.nextDouble();
            double rate = gamma(random, r) / alpha;
            double ga = gamma(random, a);
            double dropout = ga / (ga + gamma(random, b));
            double t = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / rate;
                if (t > age[i]) {
                    break;
                }
                x[i]++;
                tx[i] = t;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
        }
        return new PurchaseSimulator(x, tx, age);
    }

    /** Pareto/NBD: a gamma(r, alpha) purchase rate and an exponential lifetime with a gamma(s, beta) rate. */
    public static PurchaseSimulator paretoNbd(double r, double alpha, double s, double beta, int customers,
                                              double minAge, double maxAge, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        for (int i = 0; i < customers; i++) {
            age[i] = minAge + (maxAge - minAge) * random.nextDouble();
            double rate = gamma(random, r) / alpha;
            double death = gamma(random, s) / beta;
            double end = Math.min(age[i], -Math.log(1 - random.nextDouble()) / death);
            double t = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / rate;
                if (t > end) {
                    break;
                }
                x[i]++;
                tx[i] = t;
            }
        }
        return new PurchaseSimulator(x, tx, age);
    }

    /** A gamma(shape, 1) draw (Marsaglia and Tsang 2000; shapes below 1 through the U^(1/shape) boost). */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z;
            double v;
            do {
                z = normal(random);
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
