package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.crmworkbench.work.Progress;

/**
 * Bounded Nelder-Mead: minimises a function of a few parameters inside a box. Trial points outside the box are
 * projected onto it, the search is restarted from its best point with a fresh simplex until a restart no longer
 * improves (guards against the simplex collapsing early), and cancellation is checked every 20 evaluations.
 *
 * <p>Written here rather than taken from a library: Smile 3.1.1 offers BFGS, whose finite-difference gradients
 * struggle on the bounded, often flat, smoothing objectives where the optimum lies on a bound.
 */
final class ParameterSearch {
    private final double[] lower;
    private final double[] upper;
    private final int maxEvaluations;
    private final double tolerance;
    private int evaluations;

    ParameterSearch(double[] lower, double[] upper, int maxEvaluations, double tolerance) {
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.maxEvaluations = maxEvaluations;
        this.tolerance = tolerance;
    }

    /** Evaluations the last {@link #minimise} made. */
    int evaluations() {
        return evaluations;
    }

    /** The point of the box with the lowest value found, starting from {@code start}. */
    double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, Progress progress) {
        evaluations = 0;
        double[] best = project(start.clone());
        double bestValue = value(f, best, progress);
        for (int restart = 0; restart < 8 && evaluations < maxEvaluations; restart++) {
            double[] next = simplex(f, best, step, progress);
            double nextValue = value(f, next, progress);
            boolean improved = nextValue < bestValue - tolerance * (Math.abs(bestValue) + tolerance);
            if (nextValue < bestValue) {
                best = next;
                bestValue = nextValue;
            }
            if (!improved && restart > 0) {
                break;
            }
            step = Math.max(step / 4, 1e-4);
        }
        return best;
    }

    private double[] simplex(ToDoubleFunction<double[]> f, double[] start, double step, Progress progress) {
        int k = start.length;
        double[][] x = new double[k + 1][];
        double[] fx = new double[k + 1];
        x[0] = start.clone();
        for (int i = 0; i < k; i++) {
            double[] v = start.clone();
            double width = upper[i] - lower[i];
            double s = Double.isFinite(width) ? step * width : step;
            v[i] = v[i] + s <= upper[i] ? v[i] + s : v[i] - s;
            x[i + 1] = project(v);
        }
        for (int i = 0; i <= k; i++) {
            fx[i] = value(f, x[i], progress);
        }
        Integer[] order = new Integer[k + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(fx[a], fx[b]));
            int bestIndex = order[0];
            int worst = order[k];
            int second = order[k - 1];
            if (Math.abs(fx[worst] - fx[bestIndex]) <= tolerance * (Math.abs(fx[bestIndex]) + tolerance)
                    && spread(x, bestIndex) < 1e-7) {
                break;
            }
            double[] centroid = new double[k];
            for (int i = 0; i <= k; i++) {
                if (i != worst) {
                    for (int j = 0; j < k; j++) {
                        centroid[j] += x[i][j] / k;
                    }
                }
            }
            double[] reflected = towards(centroid, x[worst], -1);
            double fr = value(f, reflected, progress);
            if (fr < fx[bestIndex]) {
                double[] expanded = towards(centroid, x[worst], -2);
                double fe = value(f, expanded, progress);
                if (fe < fr) {
                    x[worst] = expanded;
                    fx[worst] = fe;
                } else {
                    x[worst] = reflected;
                    fx[worst] = fr;
                }
            } else if (fr < fx[second]) {
                x[worst] = reflected;
                fx[worst] = fr;
            } else {
                double[] contracted = fr < fx[worst] ? towards(centroid, reflected, 0.5)
                        : towards(centroid, x[worst], 0.5);
                double fc = value(f, contracted, progress);
                if (fc < Math.min(fr, fx[worst])) {
                    x[worst] = contracted;
                    fx[worst] = fc;
                } else {
                    for (int i = 0; i <= k; i++) {
                        if (i != bestIndex) {
                            x[i] = towards(x[bestIndex], x[i], 0.5);
                            fx[i] = value(f, x[i], progress);
                        }
                    }
                }
            }
        }
        int bestIndex = 0;
        for (int i = 1; i <= k; i++) {
            if (fx[i] < fx[bestIndex]) {
                bestIndex = i;
            }
        }
        return x[bestIndex];
    }

    private double spread(double[][] x, int bestIndex) {
        double s = 0;
        for (double[] v : x) {
            for (int j = 0; j < v.length; j++) {
                s = Math.max(s, Math.abs(v[j] - x[bestIndex][j]));
            }
        }
        return s;
    }

    /** {@code from + t * (to - from)}, projected onto the box. */
    private double[] towards(double[] from, double[] to, double t) {
        double[] v = new double[from.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = from[j] + t * (to[j] - from[j]);
        }
        return project(v);
    }

    private double[] project(double[] v) {
        for (int j = 0; j < v.length; j++) {
            v[j] = Math.min(upper[j], Math.max(lower[j], v[j]));
        }
        return v;
    }

    private double value(ToDoubleFunction<double[]> f, double[] v, Progress progress) {
        if (evaluations++ % 20 == 0) {
            progress.checkCancelled();
        }
        double r = f.applyAsDouble(v);
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }
}
