package org.crmworkbench.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * A seasonal ARIMA model of fixed orders fitted by conditional sum of squares (CSS): the series is differenced,
 * residuals before the first {@code start} differenced periods are taken as zero, and the coefficients minimise
 * the sum of squared residuals after it ({@link ParameterSearch}, coefficients in (-0.99, 0.99) with the
 * stationarity and invertibility triangle for second-order polynomials). CSS is the conditional likelihood;
 * statsmodels' SARIMAX maximises the exact (Kalman filter) likelihood, so coefficients differ slightly on short
 * series. Forecasts and their variances come from the model written on the undifferenced series: point forecasts
 * by the recursion with future shocks 0, variance {@code sigma^2 sum_(j<h) psi_j^2} from its psi weights.
 */
final class ArimaFit implements FittedForecaster {
    private final ArimaOrders orders;
    private final int start;
    private final double[] y;
    private final double[] coefficients;
    private final double[] residuals;
    private final double[] fitted;
    private final double css;
    private final int used;
    private final double sigma2;
    private final double[] ar;
    private final double[] ma;
    private final double intercept;

    private ArimaFit(ArimaOrders orders, double[] y, double[] coefficients, int start) {
        this.orders = orders;
        this.start = start;
        this.y = y;
        this.coefficients = coefficients;
        double[] w = difference(y, orders);
        double[] e = new double[w.length];
        this.css = css(w, orders, coefficients, start, e);
        this.used = w.length - start;
        int k = orders.coefficients();
        this.sigma2 = css / Math.max(1, used - k);
        int loss = orders.differencingLoss();
        this.residuals = new double[y.length];
        this.fitted = new double[y.length];
        Arrays.fill(fitted, Double.NaN);
        for (int j = start; j < w.length; j++) {
            residuals[j + loss] = e[j];
            fitted[j + loss] = y[j + loss] - e[j];
        }
        double[] arStationary = polynomial(orders, coefficients, true);
        this.ma = polynomial(orders, coefficients, false);
        double mean = orders.constant() ? coefficients[k - 1] : 0;
        double arSum = 1;
        for (int i = 1; i < arStationary.length; i++) {
            arSum -= arStationary[i];
        }
        this.intercept = mean * arSum;
        // full AR operator on y: (1 - sum A_k B^k) (1 - B)^d (1 - B^m)^D, stored as y_t = sum ar[k] y_t-k
        double[] full = negate(arStationary);
        if (orders.d() == 1) {
            full = multiply(full, new double[] {1, -1});
        }
        if (orders.seasonalD() == 1) {
            double[] seasonal = new double[orders.season() + 1];
            seasonal[0] = 1;
            seasonal[orders.season()] = -1;
            full = multiply(full, seasonal);
        }
        this.ar = negate(full);
    }

    /** Fits {@code orders} to {@code y}, conditioning on the first {@code start} differenced periods. */
    static ArimaFit fit(double[] y, ArimaOrders orders, int start, Progress progress) {
        double[] w = difference(y, orders);
        int k = orders.coefficients();
        double[] lower = new double[k];
        double[] upper = new double[k];
        double[] initial = new double[k];
        Arrays.fill(lower, -0.99);
        Arrays.fill(upper, 0.99);
        if (orders.constant()) {
            double mean = 0;
            double sd = 0;
            for (double v : w) {
                mean += v / w.length;
            }
            for (double v : w) {
                sd += (v - mean) * (v - mean) / w.length;
            }
            sd = Math.sqrt(sd) + 1e-9;
            initial[k - 1] = mean;
            lower[k - 1] = mean - 10 * sd;
            upper[k - 1] = mean + 10 * sd;
        }
        double[] best = initial;
        if (k > 0) {
            ParameterSearch search = new ParameterSearch(lower, upper, 200 * k + 200, 1e-8);
            best = search.minimise(c -> admissible(orders, c) ? css(w, orders, c, start, null)
                    : Double.POSITIVE_INFINITY, initial, 0.1, progress);
        }
        return new ArimaFit(orders, y, best, start);
    }

    ArimaOrders orders() {
        return orders;
    }

    /** Differenced periods conditioned on. */
    int start() {
        return start;
    }

    double css() {
        return css;
    }

    /** Corrected Akaike information criterion of the conditional Gaussian likelihood. */
    double aicc() {
        int k = orders.coefficients() + 1;
        double logLik = -used / 2.0 * (Math.log(2 * Math.PI * css / used) + 1);
        return -2 * logLik + 2 * k + 2.0 * k * (k + 1) / (used - k - 1);
    }

    static double[] difference(double[] y, ArimaOrders orders) {
        double[] w = y.clone();
        if (orders.seasonalD() == 1) {
            int m = orders.season();
            double[] v = new double[w.length - m];
            for (int t = m; t < w.length; t++) {
                v[t - m] = w[t] - w[t - m];
            }
            w = v;
        }
        if (orders.d() == 1) {
            double[] v = new double[w.length - 1];
            for (int t = 1; t < w.length; t++) {
                v[t - 1] = w[t] - w[t - 1];
            }
            w = v;
        }
        return w;
    }

    private static boolean admissible(ArimaOrders o, double[] c) {
        if (o.p() == 2 && !inTriangle(c[0], c[1])) {
            return false;
        }
        int qStart = o.p() + o.seasonalP();
        return o.q() != 2 || inTriangle(-c[qStart], -c[qStart + 1]);
    }

    /** Roots of {@code 1 - a z - b z^2} outside the unit circle. */
    private static boolean inTriangle(double a, double b) {
        return a + b < 0.99 && b - a < 0.99 && Math.abs(b) < 0.99;
    }

    /** Conditional sum of squares; fills {@code e} with the residuals when given. */
    static double css(double[] w, ArimaOrders o, double[] c, int start, double[] e) {
        double[] arPoly = polynomial(o, c, true);
        double[] maPoly = polynomial(o, c, false);
        int[] arLags = nonZero(arPoly);
        int[] maLags = nonZero(maPoly);
        double[] arCoef = at(arPoly, arLags);
        double[] maCoef = at(maPoly, maLags);
        double mean = o.constant() ? c[o.coefficients() - 1] : 0;
        double[] res = e != null ? e : new double[w.length];
        Arrays.fill(res, 0);
        double sum = 0;
        for (int t = start; t < w.length; t++) {
            double v = w[t] - mean;
            for (int i = 0; i < arLags.length; i++) {
                v -= arCoef[i] * (w[t - arLags[i]] - mean);
            }
            for (int i = 0; i < maLags.length; i++) {
                int k = t - maLags[i];
                if (k >= 0) {
                    v -= maCoef[i] * res[k];
                }
            }
            res[t] = v;
            sum += v * v;
        }
        return Double.isFinite(sum) ? sum : Double.POSITIVE_INFINITY;
    }

    private static double[] at(double[] poly, int[] lags) {
        double[] r = new double[lags.length];
        for (int i = 0; i < lags.length; i++) {
            r[i] = poly[lags[i]];
        }
        return r;
    }

    /**
     * The AR polynomial as {@code A} in {@code w_t = sum A_k w_t-k + ...} (ar = true), or the MA polynomial
     * {@code 1 + sum M_k B^k} with index 0 set to 1 (ar = false); seasonal and non-seasonal parts multiplied.
     */
    private static double[] polynomial(ArimaOrders o, double[] c, boolean ar) {
        int m = o.season();
        int offset = ar ? 0 : o.p() + o.seasonalP();
        int order = ar ? o.p() : o.q();
        int seasonal = ar ? o.seasonalP() : o.seasonalQ();
        double sign = ar ? -1 : 1;
        double[] plain = new double[order + 1];
        plain[0] = 1;
        for (int i = 0; i < order; i++) {
            plain[i + 1] = sign * c[offset + i];
        }
        double[] seas = new double[seasonal * m + 1];
        seas[0] = 1;
        if (seasonal == 1) {
            seas[m] = sign * c[offset + order];
        }
        double[] product = multiply(plain, seas);
        return ar ? negate(product) : product;
    }

    private static double[] negate(double[] poly) {
        double[] r = new double[poly.length];
        for (int i = 1; i < poly.length; i++) {
            r[i] = -poly[i];
        }
        r[0] = poly[0];
        return r;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] r = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i + j] += a[i] * b[j];
            }
        }
        return r;
    }

    private static int[] nonZero(double[] poly) {
        int count = 0;
        for (int i = 1; i < poly.length; i++) {
            count += poly[i] != 0 ? 1 : 0;
        }
        int[] lags = new int[count];
        int j = 0;
        for (int i = 1; i < poly.length; i++) {
            if (poly[i] != 0) {
                lags[j++] = i;
            }
        }
        return lags;
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public FittedParameters parameters() {
        List<FittedParameters.Parameter> params = new ArrayList<>();
        int i = 0;
        for (int j = 1; j <= orders.p(); j++) {
            params.add(new FittedParameters.Parameter("ar" + j, coefficients[i++]));
        }
        if (orders.seasonalP() == 1) {
            params.add(new FittedParameters.Parameter("sar1", coefficients[i++]));
        }
        for (int j = 1; j <= orders.q(); j++) {
            params.add(new FittedParameters.Parameter("ma" + j, coefficients[i++]));
        }
        if (orders.seasonalQ() == 1) {
            params.add(new FittedParameters.Parameter("sma1", coefficients[i++]));
        }
        if (orders.constant()) {
            params.add(new FittedParameters.Parameter(orders.d() + orders.seasonalD() == 0 ? "mean" : "drift",
                    coefficients[i]));
        }
        params.add(new FittedParameters.Parameter("sigma", Math.sqrt(sigma2)));
        params.add(new FittedParameters.Parameter("aicc", aicc()));
        return new FittedParameters(orders.notation(), params, List.of(), css, used);
    }

    @Override
    public double[] mean(int h) {
        int n = y.length;
        double[] yy = Arrays.copyOf(y, n + h);
        double[] ee = Arrays.copyOf(residuals, n + h);
        for (int t = n; t < n + h; t++) {
            double v = intercept;
            for (int k = 1; k < ar.length; k++) {
                if (ar[k] != 0 && t - k >= 0) {
                    v += ar[k] * yy[t - k];
                }
            }
            for (int k = 1; k < ma.length; k++) {
                if (ma[k] != 0 && t - k >= 0) {
                    v += ma[k] * ee[t - k];
                }
            }
            yy[t] = v;
        }
        return Arrays.copyOfRange(yy, n, n + h);
    }

    /** The psi weights of the model on the undifferenced series, psi_0 = 1. */
    double[] psi(int h) {
        double[] psi = new double[h];
        psi[0] = 1;
        for (int j = 1; j < h; j++) {
            double v = j < ma.length ? ma[j] : 0;
            for (int k = 1; k <= j && k < ar.length; k++) {
                v += ar[k] * psi[j - k];
            }
            psi[j] = v;
        }
        return psi;
    }

    @Override
    public List<ForecastBand> bands(int h, int[] levels, long seed) {
        double[] psi = psi(h);
        double[] sd = new double[h];
        double sum = 0;
        for (int i = 0; i < h; i++) {
            sum += psi[i] * psi[i];
            sd[i] = Math.sqrt(sigma2 * sum);
        }
        return PredictionIntervals.normal(mean(h), sd, levels);
    }
}
