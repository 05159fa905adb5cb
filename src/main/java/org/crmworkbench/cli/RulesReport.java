package org.crmworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRows;

/** What {@code workbench rules} prints: the counts, the rules by length and the first rules of the listing. */
final class RulesReport {
    /** Rules printed; the rest are in rules.csv. */
    static final int SHOWN = 10;

    private final Messages m;
    private final PrintStream out;

    RulesReport(Messages m, PrintStream out) {
        this.m = m;
        this.out = out;
    }

    void print(BasketRows rows, BasketResult result, List<AssociationRule> listed) {
        Transactions t = result.transactions();
        out.println(m.get("cli.rules.read", t.size(), t.itemCount(), rows.source()));
        out.println(m.get("cli.rules.found", result.itemsets().size(), result.rules().size(),
                result.settings().minSupport(), result.settings().minConfidence(), result.seconds()));
        int[] byLength = result.rulesByLength();
        List<String> lengths = new ArrayList<>();
        for (int k = 0; k < byLength.length; k++) {
            if (byLength[k] > 0) {
                lengths.add(m.get("cli.rules.lengthCount", k, byLength[k]));
            }
        }
        if (!lengths.isEmpty()) {
            out.println(m.get("cli.rules.byLength", String.join(", ", lengths)));
        }
        out.println(m.get("cli.rules.listed", listed.size()));
        for (int i = 0; i < Math.min(SHOWN, listed.size()); i++) {
            AssociationRule r = listed.get(i);
            out.println(m.get("cli.rules.rule", text(rows, t, r.antecedent()), text(rows, t, r.consequent()),
                    r.support(), r.confidence(), r.lift(), r.count()));
        }
    }

    /** Items as arules prints them: {@code {a,b}}, by readable name. */
    static String text(BasketRows rows, Transactions t, int[] items) {
        List<String> names = new ArrayList<>(items.length);
        for (int item : items) {
            names.add(rows.label(t.item(item)));
        }
        return "{" + String.join(",", names) + "}";
    }
}
