package org.crmworkbench.present.predict;

import java.text.NumberFormat;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;

/** Numbers of the Predict workspace in the current language: estimates, p-values with stars, shares. */
public final class PredictFormats {
    private final Messages messages;

    public PredictFormats(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** {@code v} with {@code digits} significant-looking decimals; empty for NaN. */
    public String number(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "" : (v > 0 ? "∞" : "-∞");
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        double size = Math.abs(v);
        int decimals = size >= 1000 ? 0 : size >= 100 ? Math.min(digits, 1) : size >= 1 || size == 0 ? digits
                : digits + 1;
        if (size != 0 && size < 0.001) {
            return String.format(messages.locale(), "%.2e", v);
        }
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(n);
    }

    public String percent(double share) {
        if (!Double.isFinite(share)) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(messages.locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** A p-value as statistics software prints it: below 0.001 as "< 0.001". */
    public String p(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        return p < 0.001 ? "< " + f.format(0.001) : f.format(p);
    }

    /** R's significance codes: *** below 0.001, ** below 0.01, * below 0.05, . below 0.1. */
    public static String stars(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
    }

    /** Mean ± standard deviation, or the mean alone when there is no spread. */
    public String meanSd(double mean, double sd) {
        return Double.isFinite(sd) ? number(mean, 3) + " ± " + number(sd, 3) : number(mean, 3);
    }
}
