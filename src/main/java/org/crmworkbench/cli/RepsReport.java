package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.sales.RandomInterceptFit;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepsRunRecord;
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

    RepsReport(Messages m, PrintStream out) {
        this.m = m;
        this.out = out;
        this.words = new RepsWords(m);
    }

    void print(RepOrders orders, SalesTeamResult result, RepsRunRecord run) {
        long reps = orders.orders().stream().map(o -> o.repId()).distinct().count();
        out.println(m.get("cli.reps.read", orders.orders().size(), reps, orders.source()));
        out.println(words.settings(run));
        RandomInterceptFit fit = result.fit();
        out.println(m.get("cli.reps.model", fit.observations(), run.effects().size(), fit.groupSd(),
                fit.residualSd(), fit.intraclassCorrelation(), fit.remlCriterion()));
        out.println(m.get("cli.reps.tableHeader", words.raw(run.outcome())));
        List<RepsRunRecord.Effect> effects = run.effects();
        for (int i = 0; i < effects.size(); i++) {
            if (effects.size() > WHOLE && i == 10) {
                out.println(m.get("cli.reps.skipped", effects.size() - 15));
                i = effects.size() - 5;
            }
            RepsRunRecord.Effect e = effects.get(i);
            out.println(String.format(Locale.ROOT, "  %3d  %3d  %-26s %-16s %12s  %+7.3f  [%+.3f, %+.3f]",
                    e.rankAdjusted(), e.rankRaw(), clip(words.rep(e.repId(), e.name()), 26), clip(e.region(), 16),
                    raw(run.outcome(), e.rawValue()), e.effect(), e.lower(), e.upper()));
        }
        if (run.shifts().isEmpty()) {
            out.println(m.get("cli.reps.noShifts"));
        }
        for (RepsRunRecord.Shift shift : run.shifts()) {
            out.println("  " + words.shift(shift, run));
        }
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

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
