package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import org.crmworkbench.model.BasketRunRecord;

/**
 * Association rules from a saved basket analysis, over the recommendation corpus's product numbering: the
 * "bought together" source of the hybrid. A rule applies to a customer who bought every product of its antecedent
 * and not yet its consequent; for each product the strongest applicable rule (highest confidence, then lift, then
 * support) says how likely the customer is to buy it next. Rules with an empty antecedent say only how popular a
 * product is and are left out, as are rules naming a product the corpus does not have (a basket run made on other
 * data). A rule with several consequent products counts for each of them. Immutable.
 */
public final class CrossSellRules {
    /**
     * One rule over product numbers.
     *
     * @param antecedent the products bought, ascending
     * @param consequent the product it suggests
     */
    public record Rule(int[] antecedent, int consequent, double support, double confidence, double lift) {
        public Rule {
            antecedent = antecedent.clone();
        }

        @Override
        public int[] antecedent() {
            return antecedent.clone();
        }

        /** Whether the product is on either side. */
        public boolean names(int product) {
            if (consequent == product) {
                return true;
            }
            for (int a : antecedent) {
                if (a == product) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rule r && consequent == r.consequent && Arrays.equals(antecedent, r.antecedent)
                    && support == r.support && confidence == r.confidence && lift == r.lift;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(antecedent) + consequent;
        }
    }

    /** Strongest first: confidence, then lift, then support, then product numbers. */
    static final Comparator<Rule> STRONGEST = Comparator.comparingDouble(Rule::confidence).reversed()
            .thenComparing(Comparator.comparingDouble(Rule::lift).reversed())
            .thenComparing(Comparator.comparingDouble(Rule::support).reversed())
            .thenComparingInt(Rule::consequent)
            .thenComparing(Rule::antecedent, Arrays::compare);

    private final List<Rule> rules;
    /** Rules by consequent product, strongest first. */
    private final List<List<Rule>> byConsequent;
    private final long runId;

    private CrossSellRules(List<Rule> rules, int products, long runId) {
        this.rules = List.copyOf(rules);
        this.runId = runId;
        List<List<Rule>> index = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            index.add(new ArrayList<>());
        }
        for (Rule r : this.rules) {
            index.get(r.consequent()).add(r);
        }
        for (List<Rule> list : index) {
            list.sort(STRONGEST);
        }
        this.byConsequent = index;
    }

    /**
     * The rules of a saved run over a corpus of {@code products} products, numbered by {@code productIndex} (-1 for
     * a product it does not know).
     */
    public static CrossSellRules of(BasketRunRecord run, ToIntFunction<String> productIndex, int products) {
        List<Rule> rules = new ArrayList<>();
        for (BasketRunRecord.Rule stored : run.rules()) {
            if (stored.antecedent().isEmpty()) {
                continue;
            }
            int[] antecedent = indices(stored.antecedent(), productIndex, products);
            int[] consequent = indices(stored.consequent(), productIndex, products);
            if (antecedent == null || consequent == null) {
                continue;
            }
            Arrays.sort(antecedent);
            for (int c : consequent) {
                rules.add(new Rule(antecedent, c, stored.support(), stored.confidence(), stored.lift()));
            }
        }
        return new CrossSellRules(rules, products, run.id());
    }

    /** No rules. */
    public static CrossSellRules none(int products) {
        return new CrossSellRules(List.of(), products, 0);
    }

    private static int[] indices(List<String> ids, ToIntFunction<String> productIndex, int products) {
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = productIndex.applyAsInt(ids.get(i));
            if (out[i] < 0 || out[i] >= products) {
                return null;
            }
        }
        return out;
    }

    /** The saved run they came from (0 when none). */
    public long runId() {
        return runId;
    }

    /** How many rules there are over the corpus's products. */
    public int size() {
        return rules.size();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * For each product, the strongest rule that applies to a customer who bought the products {@code bought}
     * accepts; null where none applies or the customer already has the product.
     */
    public Rule[] strongestFor(IntPredicate bought, int products) {
        Rule[] best = new Rule[products];
        for (int item = 0; item < products && item < byConsequent.size(); item++) {
            if (bought.test(item)) {
                continue;
            }
            for (Rule r : byConsequent.get(item)) {
                if (applies(r, bought)) {
                    best[item] = r;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean applies(Rule rule, IntPredicate bought) {
        for (int a : rule.antecedent) {
            if (!bought.test(a)) {
                return false;
            }
        }
        return true;
    }

    /** The strongest rules that name {@code product} on either side, highest lift first (a product's page). */
    public List<Rule> naming(int product, int limit) {
        return rules.stream().filter(r -> r.names(product))
                .sorted(Comparator.comparingDouble(Rule::lift).reversed().thenComparing(STRONGEST))
                .limit(limit).toList();
    }
}
