package org.crmworkbench.present.basket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;

/**
 * A basket analysis in the reader's words: an itemset as {@code {Bread, Butter}} (items by readable name, in
 * alphabetical order), a rule as {@code {Bread, Butter} => {Milk}}, the cross-sell sentence "Customers who bought
 * Bread and Butter also bought Milk: confidence 0.63, lift 2.4" ({@code basket.rule.sentence}, arguments: the
 * antecedent as a list in words, the consequent in words, the confidence and the lift as numbers; the Recommend
 * workspace's explanation uses the same key), a run's summary line and its settings.
 */
public final class BasketWords {
    /** The key of the cross-sell sentence; arguments (antecedent words, consequent words, confidence, lift). */
    public static final String SENTENCE = "basket.rule.sentence";
    /** The key of a run's summary line; arguments {@link #summaryArguments}. */
    public static final String SUMMARY = "basket.run.summary";

    private final Messages messages;

    public BasketWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    /** Labels in the order an itemset is written: alphabetical (as arules lists items read from a file). */
    public static List<String> ordered(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.naturalOrder());
        return sorted;
    }

    /** {@code {Bread, Butter}}; {@code {}} for the empty itemset. */
    public String itemset(List<String> labels) {
        return "{" + String.join(messages.get("basket.words.itemSeparator"), ordered(labels)) + "}";
    }

    /** {@code {Bread, Butter} => {Milk}}. */
    public String rule(List<String> antecedent, List<String> consequent) {
        return messages.get("basket.rule.arrow", itemset(antecedent), itemset(consequent));
    }

    /** A stored rule in words, its items named by {@code label}. */
    public String rule(BasketRunRecord.Rule rule, Function<String, String> label) {
        return rule(labels(rule.antecedent(), label), labels(rule.consequent(), label));
    }

    /** "Bread", "Bread and Butter", "Bread, Butter and Milk" (alphabetical). */
    public String list(List<String> labels) {
        List<String> sorted = ordered(labels);
        if (sorted.isEmpty()) {
            return "";
        }
        String text = sorted.get(sorted.size() - 1);
        if (sorted.size() == 1) {
            return text;
        }
        String head = sorted.get(0);
        for (int i = 1; i < sorted.size() - 1; i++) {
            head = messages.get("basket.words.listMore", head, sorted.get(i));
        }
        return messages.get("basket.words.listLast", head, text);
    }

    /**
     * "Customers who bought Bread and Butter also bought Milk: confidence 0.63, lift 2.4"; for a rule with an empty
     * antecedent "Milk is in 25% of baskets: lift 1".
     */
    public String sentence(List<String> antecedent, List<String> consequent, double confidence, double lift) {
        if (antecedent.isEmpty()) {
            return messages.get("basket.rule.sentenceAny", list(consequent), confidence, lift);
        }
        return messages.get(SENTENCE, list(antecedent), list(consequent), confidence, lift);
    }

    /** The sentence of a stored rule, its items named by {@code label}. */
    public String sentence(BasketRunRecord.Rule rule, Function<String, String> label) {
        return sentence(labels(rule.antecedent(), label), labels(rule.consequent(), label), rule.confidence(),
                rule.lift());
    }

    /**
     * The arguments of {@link #SUMMARY}: rules found, frequent itemsets, transactions, items (whole numbers), min
     * support and min confidence (as text, written as {@link BasketFiles#number} writes them, so a summary saved with
     * its arguments as text reads the same as one made now).
     */
    public static Object[] summaryArguments(BasketRunRecord run) {
        return new Object[] {run.rulesTotal(), run.itemsets(), run.transactions(), run.items(),
                BasketFiles.number(run.minSupport()), BasketFiles.number(run.minConfidence())};
    }

    /** "5,668 rules from 13,492 frequent itemsets of 9,835 transactions (169 items); min support 0.001, ...". */
    public String summary(BasketRunRecord run) {
        return messages.get(SUMMARY, summaryArguments(run));
    }

    /** "FP-growth, min support 0.001, min confidence 0.5, lengths 1–10, consequents of 1 item". */
    public String settings(BasketRunRecord run) {
        return messages.get("basket.run.settings", algorithm(run.algorithm()), BasketFiles.number(run.minSupport()),
                BasketFiles.number(run.minConfidence()), run.minLength(), run.maxLength(), run.maxConsequent());
    }

    /** The algorithm's usual name from its command-line name; unknown names as they are. */
    public String algorithm(String cliName) {
        String key = "basket.algorithm." + cliName;
        return messages.has(key) ? messages.get(key) : cliName;
    }

    /** What a basket is: an order, a customer's purchases, a line of a file; unknown bases as they are. */
    public String basis(String basis) {
        String key = "basket.basis." + basis;
        return messages.has(key) ? messages.get(key) : basis;
    }

    /** The labels of item ids. */
    public static List<String> labels(List<String> items, Function<String, String> label) {
        return items.stream().map(label).toList();
    }

    /** A lookup from a run's item ids to their labels (ids without a stored count read as themselves). */
    public static Function<String, String> labels(BasketRunRecord run) {
        Map<String, String> map = new java.util.HashMap<>();
        for (BasketRunRecord.ItemCount c : run.itemCounts()) {
            map.put(c.item(), c.label());
        }
        return item -> map.getOrDefault(item, item);
    }
}
