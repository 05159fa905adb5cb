package org.crmworkbench.ui.predict;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/** Reads the penalty field: a number (with a point or the locale's decimal mark), or blank. */
final class Lambdas {
    private Lambdas() {
    }

    /** Blank gives NaN (chosen by cross-validation) when {@code blankChooses}, else 0. */
    static double parse(String text, boolean blankChooses) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return blankChooses ? Double.NaN : 0;
        }
        try {
            return Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            ParsePosition at = new ParsePosition(0);
            Number n = NumberFormat.getInstance(Locale.getDefault()).parse(t, at);
            if (n != null && at.getIndex() == t.length()) {
                return n.doubleValue();
            }
            throw new BadParameterException("lambda", "predict.ui.error.lambdaText", "lambda must be a number", t);
        }
    }
}
