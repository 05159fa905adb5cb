package org.crmworkbench.analysis.sales;

import java.util.Arrays;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * A linear mixed model with one random intercept per group, fitted by restricted maximum likelihood as lme4's
 * {@code lmer(y ~ X + (1 | group), REML = TRUE)}: y = X beta + u[group] + e, u ~ N(0, sigma_u^2), e ~ N(0, sigma^2).
 * On lme4's Dyestuff data (6 batches of 5 yields) it gives the REML criterion 319.65, batch SD 42.00 and residual SD
 * 49.51 (Bates, lme4 book, chapter 1).
 *
 * <p>The REML criterion is profiled over theta = sigma_u / sigma alone ({@link RemlProfile}: beta and sigma^2 in closed
 * form for each theta from per-group sums, so a fit costs O(n p^2) once plus O(groups p^2 + p^3) per theta); theta is
 * found by a grid on log theta refined by golden section, and theta = 0 (no group variance) is checked as the
 * boundary. Columns of X that are linear combinations of earlier ones (aliased) are dropped, the earlier kept, as R's
 * {@code lm} does; their beta and standard error are NaN.
 *
 * <p>The groups' standard errors are the full prediction-error SDs: lme4's conditional variance given beta,
 * sigma^2 / (n_j + 1 / theta^2), <em>plus</em> the part from beta's own uncertainty, c_j^2 s_j' Cov(beta) s_j
 * (c_j = theta^2 / (1 + n_j theta^2), s_j the group's column sums) - the diagonal of the inverse of Henderson's mixed
 * model equations. With few groups it widens the intervals a little beyond lme4's condVar so they keep their 95%.
 */
public final class RandomInterceptModel {
    private static final double ALIAS_TOLERANCE = 1e-9;

    /**
     * Fits the model.
     *
     * @param y      the outcome, one value per observation
     * @param x      the fixed-effect design, one row per observation, the first column all ones (the intercept)
     * @param group  the group (rep) of each observation, 0 .. groups - 1
     * @param groups the number of groups
     * @throws org.crmworkbench.work.UnsuitableDataException when the design is rank-deficient beyond what can be
     *         dropped, or there are fewer than two groups
     */
    public RandomInterceptFit fit(double[] y, double[][] x, int[] group, int groups) {
        int n = y.length;
        if (x.length != n || group.length != n) {
            throw new IllegalArgumentException("y, x and group differ in length");
        }
        DesignSums sums = new DesignSums(n == 0 ? 0 : x[0].length, Math.max(groups, 0));
        for (int i = 0; i < n; i++) {
            sums.add(x[i], y[i], group[i]);
        }
        return fit(sums);
    }

    /** Fits the model to observations given by their sums (see {@link DesignSums}), as the other {@code fit}. */
    RandomInterceptFit fit(DesignSums data) {
        int n = data.observations();
        int width = data.width();
        int groups = data.groups();
        long occupied = 0;
        for (int g = 0; g < groups; g++) {
            occupied += data.size(g) > 0 ? 1 : 0;
        }
        if (occupied < 2) {
            throw new UnsuitableDataException("sales.model.fewGroups",
                    "the model needs at least two groups (reps) with observations, found " + occupied, occupied);
        }
        int[] kept = keptColumns(data);
        if (kept.length == 0 || n - kept.length < 1) {
            throw new UnsuitableDataException("sales.model.tooFewObservations",
                    "too few observations (" + n + ") for " + width + " fixed effects", n, width);
        }
        RemlProfile profile = new RemlProfile(data, kept);
        RemlProfile.Point best = profile.optimum();
        double sigma2 = best.sigma2();
        double theta = best.theta();
        double t2 = theta * theta;

        double[] beta = new double[width];
        double[] betaSe = new double[width];
        Arrays.fill(beta, Double.NaN);
        Arrays.fill(betaSe, Double.NaN);
        int p = kept.length;
        double[][] cov = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                cov[a][b] = sigma2 * best.inverse()[a][b];
            }
            beta[kept[a]] = best.beta()[a];
            betaSe[kept[a]] = Math.sqrt(cov[a][a]);
        }

        int[] sizes = profile.sizes();
        double[] effects = new double[groups];
        double[] effectSe = new double[groups];
        for (int g = 0; g < groups; g++) {
            double c = t2 / (1 + sizes[g] * t2);
            double[] s = profile.groupSums(g);
            double residualSum = profile.groupOutcomeSum(g);
            double spread = 0;
            for (int a = 0; a < p; a++) {
                residualSum -= s[a] * best.beta()[a];
                double row = 0;
                for (int b = 0; b < p; b++) {
                    row += cov[a][b] * s[b];
                }
                spread += s[a] * row;
            }
            effects[g] = c * residualSum;
            effectSe[g] = Math.sqrt(Math.max(0, sigma2 * c + c * c * spread));
        }
        double sigma = Math.sqrt(sigma2);
        return new RandomInterceptFit(beta, betaSe, theta * sigma, sigma, best.criterion(), effects, effectSe, sizes, n);
    }

    /** The columns kept: each in turn unless it is (nearly) a combination of those kept before it. */
    static int[] keptColumns(DesignSums data) {
        int width = data.width();
        int[] kept = new int[width];
        int count = 0;
        double[][] l = new double[width][width];
        for (int a = 0; a < width; a++) {
            double da = data.xtx(a, a);
            if (!(da > 0)) {
                continue;
            }
            double[] la = new double[count];
            double rest = 1;
            for (int i = 0; i < count; i++) {
                int k = kept[i];
                double s = data.xtx(a, k) / Math.sqrt(da * data.xtx(k, k));
                for (int j = 0; j < i; j++) {
                    s -= la[j] * l[i][j];
                }
                la[i] = s / l[i][i];
                rest -= la[i] * la[i];
            }
            if (rest > ALIAS_TOLERANCE) {
                System.arraycopy(la, 0, l[count], 0, count);
                l[count][count] = Math.sqrt(rest);
                kept[count++] = a;
            }
        }
        return Arrays.copyOf(kept, count);
    }
}
