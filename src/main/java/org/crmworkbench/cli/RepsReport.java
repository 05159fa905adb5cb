package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.sales.RepsWords;

/**
 * What {@code workbench reps} prints: what was read, the model in a line, the league table (every rep of a team of up
 * to {@link #WHOLE} reps, else the first ten and the last five) and the rank-shift sentences.
 */
final class RepsReport {
    /** Teams up to this size are listed whole. */
    static final int WHOLE = 20;

    private final Messages m;
    private final PrintStream out;
    private final RepsWords words;

    RepsReport(Messages m, PrintStream out, PersonalDataPolicy people) {
        this.m = m;
        this.out = out;
        this.words = new RepsWords(m, people);
    }

    void print(RepOrders orders, SalesTeamResult result, RepsRunRecord run) {
        long reps = orders.orders().stream().map(o -> o.repId()).distinct().count();
        out.println(m.get("cli.reps.read", orders.orders().size(), reps, orders.source()));
        out.println(words.settings(run));
        RandomInterceptFit fit = result.fit();
        out.println(m.get("cli.reps.model", fit.observations(), run.effects().size(), fit.groupSd(),
                fit.residualSd(), fit.intraclassCorrelation(), fit.remlCriterion()));
        int rawWidth = Math.max(12, columns(words.raw(run.outcome())));
        out.println("  " + pad(m.get("cli.reps.col.adjusted"), 4, true) + " " + pad(m.get("cli.reps.col.raw"), 4, true)
                + "  " + pad(m.get("cli.reps.col.rep"), 26, false) + " " + pad(m.get("cli.reps.col.region"), 16, false)
                + " " + pad(words.raw(run.outcome()), rawWidth, true) + "  " + pad(m.get("cli.reps.col.effect"), 7, true)
                + "  " + m.get("cli.reps.col.interval"));
        List<RepsRunRecord.Effect> effects = run.effects();
        for (int i = 0; i < effects.size(); i++) {
            if (effects.size() > WHOLE && i == 10) {
                out.println("  " + m.get("cli.reps.skipped", effects.size() - 15));
                i = effects.size() - 5;
            }
            RepsRunRecord.Effect e = effects.get(i);
            out.println(String.format(Locale.ROOT, "  %4d %4d  %s %s %s  %+7.3f  [%+.3f, %+.3f]", e.rankAdjusted(),
                    e.rankRaw(), pad(words.rep(e.repId(), e.name()), 26, false), pad(e.region(), 16, false),
                    pad(raw(run.outcome(), e.rawValue()), rawWidth, true), shown(e.effect()), shown(e.lower()),
                    shown(e.upper())));
        }
        if (!(fit.groupSd() > 0)) {
            // every rep's effect is 0: the adjusted ranks are ties, so no rank shift means anything
            out.println("  " + m.get("cli.reps.noRepVariance"));
            return;
        }
        if (run.shifts().isEmpty()) {
            out.println("  " + m.get("cli.reps.noShifts"));
        }
        for (RepsRunRecord.Shift shift : run.shifts()) {
            out.println("  " + words.shift(shift, run));
        }
    }

    /** {@code x} rounded to the three decimals printed, so a tiny negative number prints +0.000, not -0.000. */
    private static double shown(double x) {
        return Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 + 0.0 : x;
    }

    private static String raw(String outcome, double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return switch (outcome) {
            case "order-value" -> String.format(Locale.ROOT, "%,.0f", value);
            case "retention" -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /**
     * {@code text} cut or padded to {@code width} terminal columns (Chinese, Japanese and Korean characters take two),
     * on the left when {@code right}-aligned.
     */
    static String pad(String text, int width, boolean right) {
        String shown = text;
        if (columns(text) > width) {
            StringBuilder b = new StringBuilder();
            int used = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                int w = wide(cp) ? 2 : 1;
                if (used + w > width - 1) {
                    break;
                }
                b.appendCodePoint(cp);
                used += w;
            }
            shown = b.append('\u2026').toString();
        }
        String fill = " ".repeat(Math.max(0, width - columns(shown)));
        return right ? fill + shown : shown + fill;
    }

    private static int columns(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
