package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Importance;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.workflow.PredictionRows;

/** The lines {@code regress} and {@code classify} print about their data and models, and their number formats. */
final class PredictionReport {
    private static final int IMPORTANCE_LINES = 15;
    private final Messages m;
    private final PrintStream out;

    PredictionReport(Messages messages, PrintStream out) {
        this.m = messages;
        this.out = out;
    }

    /** The rows, target, features and, for the database, the cutoff and window. */
    void data(PredictionRows in) {
        PredictorData d = in.data();
        out.println(m.get(in.defaults() ? "cli.predict.dataDefault" : "cli.predict.data", d.target(),
                String.join(", ", d.encoding().features()), d.rows(), d.source()));
        if (d.droppedRows() > 0) {
            out.println(m.get("cli.predict.dropped", d.droppedRows(), d.target()));
        }
        CustomerHistory h = in.history();
        if (h != null) {
            out.println(m.get("cli.predict.window", h.cutoff().toString(), h.windowDays(),
                    h.cutoff().plusDays(h.windowDays() - 1L).toString()));
        }
    }

    /** The largest importances with their intervals. */
    void importance(List<Importance> importance, Importance.Kind kind) {
        out.println(m.get(kind == Importance.Kind.PERMUTATION ? "cli.predict.importancePermutation"
                : "cli.predict.importanceCoefficients"));
        int width = importance.stream().mapToInt(i -> i.feature().length()).max().orElse(8);
        importance.stream().limit(IMPORTANCE_LINES).forEach(i -> out.println(String.format(Locale.ROOT,
                "  %-" + width + "s %12s  [%s, %s]", i.feature(), g(i.value()), g(i.lower()), g(i.upper()))));
    }

    int termWidth(List<Coefficient> coefficients) {
        return Math.max(12, coefficients.stream().mapToInt(c -> c.term().length()).max().orElse(0));
    }

    /** Four significant digits, as R prints a summary; {@code -} for an unknown number. */
    static String g(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7)) {
            String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                    .toPlainString();
            return s;
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** A fixed number of decimals. */
    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A p-value as R shows it: below 2e-16 as {@code <2e-16}. */
    static String p(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 2e-16 ? "<2e-16" : String.format(Locale.ROOT, "%.3g", v);
    }

    /** R's significance codes. */
    static String stars(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
    }
}
