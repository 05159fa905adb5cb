package org.crmworkbench.present.basket;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.FrequentItemsets;
import org.crmworkbench.analysis.basket.Itemset;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.present.OutputFiles;

/**
 * The {@code rules} verb's output files: {@code rules.csv} (antecedent, consequent, length, support, confidence,
 * lift, leverage, conviction, count; items as {@code {a,b}} in arules' notation, by readable name), {@code itemsets.csv}
 * (items, size, support, count; closed and maximal marks), {@code metrics.json} (transactions, items, frequent
 * itemsets, rules, rules by length, seconds, settings). Every file is written atomically.
 *
 * <p>Conventions: column names and JSON keys are fixed English identifiers; an itemset is written as arules writes
 * it, {@code {butter,milk}}, by the items' readable names in alphabetical order without spaces after the commas
 * (the empty antecedent is {@code {}}); numbers are written the same on every machine: whole numbers without a
 * fraction, others as the shortest decimal that reads back as the same double, never in exponent notation
 * ({@code 0.0001}, not {@code 1.0E-4}); an infinite conviction (confidence 1) is written {@code Inf}, as R writes
 * it, so the file reads back into R and pandas ({@code na_values} aside) as infinity; {@code closed} and
 * {@code maximal} are {@code true} or {@code false}.
 */
public final class BasketFiles {
    /** The columns of {@code rules.csv}, in order. */
    public static final List<String> RULE_COLUMNS = List.of("antecedent", "consequent", "length", "support",
            "confidence", "lift", "leverage", "conviction", "count");
    /** The columns of {@code itemsets.csv}, in order. */
    public static final List<String> ITEMSET_COLUMNS = List.of("items", "size", "support", "count", "closed",
            "maximal");
    /** How an infinite conviction is written. */
    public static final String INFINITY = "Inf";

    /**
     * Writes the three files into {@code dir}; {@code rules} are the rules to list (sorted, filtered and cut as the
     * user asked); {@code metrics.json} counts every rule the mining found.
     */
    public void write(Path dir, BasketResult result, BasketRows rows, List<AssociationRule> rules)
            throws IOException {
        writeRules(dir.resolve("rules.csv"), result, rows, rules);
        writeItemsets(dir.resolve("itemsets.csv"), result, rows);
        OutputFiles.writeText(dir.resolve("metrics.json"), metrics(result, rows, rules.size()));
    }

    /** {@code rules.csv}: one row per rule of {@code rules}, in their order, columns {@link #RULE_COLUMNS}. */
    public void writeRules(Path file, BasketResult result, BasketRows rows, List<AssociationRule> rules)
            throws IOException {
        Transactions t = result.transactions();
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(RULE_COLUMNS);
            for (AssociationRule r : rules) {
                csv.writeRecord(itemset(t, rows, r.antecedent()), itemset(t, rows, r.consequent()),
                        Integer.toString(r.length()), number(r.support()), number(r.confidence()),
                        number(r.lift()), number(r.leverage()), number(r.conviction()), Integer.toString(r.count()));
            }
        });
    }

    /** {@code itemsets.csv}: every frequent itemset, by size then items, columns {@link #ITEMSET_COLUMNS}. */
    public void writeItemsets(Path file, BasketResult result, BasketRows rows) throws IOException {
        Transactions t = result.transactions();
        FrequentItemsets sets = result.itemsets();
        Set<Itemset> closed = new HashSet<>(sets.closed());
        Set<Itemset> maximal = new HashSet<>(sets.maximal());
        int n = sets.transactions();
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(ITEMSET_COLUMNS);
            for (Itemset s : sets.all()) {
                csv.writeRecord(itemset(t, rows, s.items()), Integer.toString(s.size()), number(s.support(n)),
                        Integer.toString(s.count()), Boolean.toString(closed.contains(s)),
                        Boolean.toString(maximal.contains(s)));
            }
        });
    }

    /**
     * {@code metrics.json}: {@code source, basis, transactions, items, min_count, frequent_itemsets,
     * itemsets_by_size} (size to count){@code , closed_itemsets, maximal_itemsets, rules} (all the mining found)
     * {@code , rules_written, rules_by_length} (length to count, lengths with rules only){@code , seconds} and
     * {@code settings} ({@code algorithm, min_support, min_confidence, min_length, max_length, max_consequent}).
     */
    public String metrics(BasketResult result, BasketRows rows, int rulesWritten) {
        Transactions t = result.transactions();
        BasketSettings s = result.settings();
        FrequentItemsets sets = result.itemsets();
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("source", rows.source());
            json.writeStringField("basis", rows.basis());
            json.writeNumberField("transactions", t.size());
            json.writeNumberField("items", t.itemCount());
            json.writeNumberField("min_count", s.minCount(t.size()));
            json.writeNumberField("frequent_itemsets", sets.size());
            counts(json, "itemsets_by_size", sets.countBySize());
            json.writeNumberField("closed_itemsets", sets.closed().size());
            json.writeNumberField("maximal_itemsets", sets.maximal().size());
            json.writeNumberField("rules", result.rules().size());
            json.writeNumberField("rules_written", rulesWritten);
            counts(json, "rules_by_length", result.rulesByLength());
            number(json, "seconds", result.seconds());
            json.writeObjectFieldStart("settings");
            json.writeStringField("algorithm", s.algorithm().cliName());
            number(json, "min_support", s.minSupport());
            number(json, "min_confidence", s.minConfidence());
            json.writeNumberField("min_length", s.minLength());
            json.writeNumberField("max_length", s.maxLength());
            json.writeNumberField("max_consequent", s.maxConsequent());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** {@code {a,b}}: the items' readable names, alphabetical, as arules writes an itemset. */
    static String itemset(Transactions t, BasketRows rows, int[] items) {
        List<String> labels = new ArrayList<>(items.length);
        for (int i : items) {
            labels.add(rows.label(t.item(i)));
        }
        return "{" + String.join(",", BasketWords.ordered(labels)) + "}";
    }

    /**
     * A number as the files write it: whole numbers without a fraction, others as the shortest decimal that reads
     * back as the same double, in plain notation; {@link #INFINITY} for infinity, empty for NaN.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INFINITY : "-" + INFINITY;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static void number(JsonGenerator json, String field, double v) throws IOException {
        json.writeFieldName(field);
        if (!Double.isFinite(v)) {
            json.writeNull();
        } else {
            json.writeNumber(number(v));
        }
    }

    private static void counts(JsonGenerator json, String field, int[] bySize) throws IOException {
        json.writeObjectFieldStart(field);
        for (int k = 0; k < bySize.length; k++) {
            if (bySize[k] > 0) {
                json.writeNumberField(Integer.toString(k), bySize[k]);
            }
        }
        json.writeEndObject();
    }
}
