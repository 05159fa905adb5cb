package org.crmworkbench.analysis.forecast;

/**
 * The orders of a seasonal ARIMA model {@code (p,d,q)(P,D,Q)[m]}, and whether it has a constant (the mean of the
 * differenced series: a mean when nothing is differenced, a drift after one difference).
 */
public record ArimaOrders(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int season,
                          boolean constant) {
    public ArimaOrders {
        if (p < 0 || p > 2 || q < 0 || q > 2 || seasonalP < 0 || seasonalP > 1 || seasonalQ < 0 || seasonalQ > 1
                || d < 0 || d > 1 || seasonalD < 0 || seasonalD > 1 || season < 1) {
            throw new IllegalArgumentException("orders out of range (p, q <= 2; P, Q, d, D <= 1)");
        }
    }

    /** Estimated coefficients, the constant included. */
    public int coefficients() {
        return p + q + seasonalP + seasonalQ + (constant ? 1 : 0);
    }

    /** Periods lost to differencing. */
    int differencingLoss() {
        return d + seasonalD * season;
    }

    /** {@code ARIMA(1,1,1)(0,1,1)[12]}, with {@code with mean} or {@code with drift} when it has a constant. */
    public String notation() {
        String s = "ARIMA(" + p + "," + d + "," + q + ")";
        if (season > 1) {
            s += "(" + seasonalP + "," + seasonalD + "," + seasonalQ + ")[" + season + "]";
        }
        if (constant) {
            s += d + seasonalD == 0 ? " with mean" : " with drift";
        }
        return s;
    }
}
