package org.crmworkbench.analysis.segment;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Gaussian mixture segmentation for comparison with k-means and DBSCAN: k Gaussian components fitted by
 * expectation-maximisation, each row assigned to its most probable component.
 *
 * <p>Written here rather than taken from Smile 3.1.1's {@code MultivariateGaussianMixture}: that one fits on
 * standardised data, but draws its starting components from Smile's process-wide random generator
 * ({@code MathEx}), so a run cannot be repeated from a seed of its own without changing state other threads share,
 * and its full covariances go through the native LAPACK library. This EM follows scikit-learn's
 * {@code GaussianMixture} defaults: starting responsibilities from a seeded k-means (k-means++ seeding, up to 10
 * Lloyd steps), full (or diagonal) covariances with {@value #RIDGE} added to the diagonal so no covariance becomes
 * singular, at most {@value #MAX_ITERATIONS} iterations, stopping when the mean log-likelihood per row changes by
 * less than {@value #TOLERANCE}.
 *
 * <p>Components that end with no member rows are dropped and the rest renumbered in order, so the clustering may
 * have fewer than k segments; centroids are the means of the member rows.
 */
public final class GaussianMixtureClustering {
    /** Shape of each component's covariance. */
    public enum Covariance { FULL, DIAGONAL }

    static final double RIDGE = 1e-6;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-3;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int k;
    private final long seed;
    private final Covariance covariance;

    public GaussianMixtureClustering(int k, long seed) {
        this(k, seed, Covariance.FULL);
    }

    public GaussianMixtureClustering(int k, long seed, Covariance covariance) {
        if (k < 1) {
            throw new BadParameterException("k", "segment.gmm.bad.k",
                    "the number of components must be at least 1, not " + k, k);
        }
        this.k = k;
        this.seed = seed;
        this.covariance = Objects.requireNonNull(covariance, "covariance");
    }

    public int k() {
        return k;
    }

    public long seed() {
        return seed;
    }

    public Covariance covariance() {
        return covariance;
    }

    /**
     * The fitted mixture and the segmentation it implies.
     *
     * @param clustering          most probable component per row (algorithm {@code gmm})
     * @param weights             mixing weight per component, before empty components were dropped
     * @param means               component means, before empty components were dropped
     * @param meanLogLikelihood   mean log-likelihood per row at the end
     * @param converged           true when the tolerance was met within the iteration limit
     */
    public record Fit(Clustering clustering, double[] weights, double[][] means, double meanLogLikelihood,
                      boolean converged) {
    }

    public Clustering fit(FeatureMatrix data, Progress progress) {
        return fitModel(data, progress).clustering();
    }

    public Fit fitModel(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        int d = data.cols();
        if (k > n) {
            throw new BadParameterException("k", "segment.gmm.tooFewRows",
                    k + " components need at least as many rows, but there are " + n, k, n);
        }
        double[] x = data.values();
        progress.stage("segment.gmm.stage", k);
        double[] resp = new double[n * k];
        int[] start = kmeansStart(x, n, d, progress);
        for (int i = 0; i < n; i++) {
            resp[i * k + start[i]] = 1;
        }
        double[] weights = new double[k];
        double[][] means = new double[k][d];
        double[][] chol = new double[k][d * d];
        double[] logDet = new double[k];
        double previous = Double.NEGATIVE_INFINITY;
        double current = Double.NEGATIVE_INFINITY;
        boolean converged = false;
        int iterations = 0;
        mStep(x, n, d, resp, weights, means, chol, logDet);
        while (iterations < MAX_ITERATIONS) {
            progress.checkCancelled();
            progress.worked(iterations, MAX_ITERATIONS);
            current = eStep(x, n, d, resp, weights, means, chol, logDet, progress);
            iterations++;
            if (Math.abs(current - previous) < TOLERANCE) {
                converged = true;
                break;
            }
            previous = current;
            mStep(x, n, d, resp, weights, means, chol, logDet);
        }
        if (!converged) {
            current = eStep(x, n, d, resp, weights, means, chol, logDet, progress);
        }
        progress.worked(MAX_ITERATIONS, MAX_ITERATIONS);
        int[] raw = new int[n];
        int[] members = new int[k];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (resp[i * k + c] > resp[i * k + best]) {
                    best = c;
                }
            }
            raw[i] = best;
            members[best]++;
        }
        int[] renumber = new int[k];
        int segments = 0;
        for (int c = 0; c < k; c++) {
            renumber[c] = members[c] > 0 ? segments++ : -1;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = renumber[raw[i]];
        }
        double[][] centroids = Clustering.meansOf(data, labels, segments);
        Clustering clustering = new Clustering("gmm", labels, segments, centroids, iterations,
                Clustering.wcssOf(data, labels, centroids));
        return new Fit(clustering, weights, means, current, converged);
    }

    /** Hard start: k-means++ seeding and up to 10 Lloyd steps, seeded. */
    private int[] kmeansStart(double[] x, int n, int d, Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][];
        int first = random.nextInt(n);
        centres[0] = Arrays.copyOfRange(x, first * d, first * d + d);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            progress.checkCancelled();
            double sum = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], dist2(x, i * d, centres[c - 1], d));
                sum += nearest[i];
            }
            int pick = n - 1;
            if (sum > 0) {
                double target = random.nextDouble() * sum;
                double run = 0;
                for (int i = 0; i < n; i++) {
                    run += nearest[i];
                    if (run > target) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = random.nextInt(n);
            }
            centres[c] = Arrays.copyOfRange(x, pick * d, pick * d + d);
        }
        int[] labels = new int[n];
        for (int step = 0; step < 10; step++) {
            progress.checkCancelled();
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestD = dist2(x, i * d, centres[0], d);
                for (int c = 1; c < k; c++) {
                    double dd = dist2(x, i * d, centres[c], d);
                    if (dd < bestD) {
                        bestD = dd;
                        best = c;
                    }
                }
                if (labels[i] != best || step == 0) {
                    changed |= labels[i] != best;
                    labels[i] = best;
                }
            }
            if (!changed && step > 0) {
                break;
            }
            double[][] sums = new double[k][d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    sums[labels[i]][j] += x[i * d + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    for (int j = 0; j < d; j++) {
                        centres[c][j] = sums[c][j] / counts[c];
                    }
                }
            }
        }
        return labels;
    }

    private static double dist2(double[] x, int offset, double[] centre, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double e = x[offset + j] - centre[j];
            s += e * e;
        }
        return s;
    }

    /** Means, weights and covariance factors from the responsibilities. */
    private void mStep(double[] x, int n, int d, double[] resp, double[] weights, double[][] means,
                       double[][] chol, double[] logDet) {
        double tiny = 10 * Math.ulp(1.0);
        double[] cov = new double[d * d];
        double[] diff = new double[d];
        for (int c = 0; c < k; c++) {
            double nk = tiny;
            double[] m = means[c];
            Arrays.fill(m, 0);
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                nk += r;
                for (int j = 0; j < d; j++) {
                    m[j] += r * x[i * d + j];
                }
            }
            for (int j = 0; j < d; j++) {
                m[j] /= nk;
            }
            weights[c] = nk / n;
            Arrays.fill(cov, 0);
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                if (r == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    diff[j] = x[i * d + j] - m[j];
                }
                if (covariance == Covariance.DIAGONAL) {
                    for (int a = 0; a < d; a++) {
                        cov[a * d + a] += r * diff[a] * diff[a];
                    }
                } else {
                    for (int a = 0; a < d; a++) {
                        double ra = r * diff[a];
                        for (int b = 0; b <= a; b++) {
                            cov[a * d + b] += ra * diff[b];
                        }
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a * d + b] /= nk;
                    cov[b * d + a] = cov[a * d + b];
                }
            }
            logDet[c] = factor(cov, d, chol[c]);
        }
    }

    /**
     * Cholesky factor (lower, row-major) of {@code cov} plus the ridge, the ridge growing tenfold until the matrix
     * is positive definite; returns the log-determinant.
     */
    private static double factor(double[] cov, int d, double[] l) {
        double ridge = RIDGE;
        while (true) {
            if (cholesky(cov, d, ridge, l)) {
                double logDet = 0;
                for (int j = 0; j < d; j++) {
                    logDet += 2 * Math.log(l[j * d + j]);
                }
                return logDet;
            }
            ridge *= 10;
            if (ridge > 1e6) {
                throw new IllegalStateException("covariance is not positive definite even with a ridge of " + ridge);
            }
        }
    }

    private static boolean cholesky(double[] a, int d, double ridge, double[] l) {
        Arrays.fill(l, 0);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j] + (i == j ? ridge : 0);
                for (int t = 0; t < j; t++) {
                    s -= l[i * d + t] * l[j * d + t];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[i * d + i] = Math.sqrt(s);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                }
            }
        }
        return true;
    }

    /** Responsibilities from the current components; returns the mean log-likelihood per row. */
    private double eStep(double[] x, int n, int d, double[] resp, double[] weights, double[][] means,
                         double[][] chol, double[] logDet, Progress progress) {
        double[] y = new double[d];
        double[] logWeight = new double[k];
        for (int c = 0; c < k; c++) {
            logWeight[c] = Math.log(weights[c]);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (i % 4096 == 0) {
                progress.checkCancelled();
            }
            double top = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double[] l = chol[c];
                double[] m = means[c];
                double maha = 0;
                for (int j = 0; j < d; j++) {
                    double s = x[i * d + j] - m[j];
                    for (int t = 0; t < j; t++) {
                        s -= l[j * d + t] * y[t];
                    }
                    y[j] = s / l[j * d + j];
                    maha += y[j] * y[j];
                }
                double lp = logWeight[c] - 0.5 * (d * LOG_2PI + logDet[c] + maha);
                resp[i * k + c] = lp;
                top = Math.max(top, lp);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(resp[i * k + c] - top);
            }
            double logSum = top + Math.log(sum);
            total += logSum;
            for (int c = 0; c < k; c++) {
                resp[i * k + c] = Math.exp(resp[i * k + c] - logSum);
            }
        }
        return total / n;
    }
}
