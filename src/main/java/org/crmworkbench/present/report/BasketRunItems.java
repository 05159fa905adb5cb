package org.crmworkbench.present.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.BasketRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.basket.BasketCharts;
import org.crmworkbench.present.basket.BasketFiles;
import org.crmworkbench.present.basket.BasketWords;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;

/**
 * A saved basket analysis: the items' frequency, the rules by support and confidence coloured by lift, the graph of
 * the strongest rules, the grouped matrix, and the table of the {@link #TABLE_RULES} rules of highest lift with
 * their measures; all drawn again from the stored run.
 */
final class BasketRunItems extends RunItems {
    /** {@code analysis_runs.kind} of a basket analysis (the command line's name too). */
    static final String KIND = BasketRunStore.KIND;
    /** Rules in the rules table. */
    static final int TABLE_RULES = 20;
    private static final List<Entry> ENTRIES = List.of(new Entry("rules", false, true),
            new Entry("item-frequency", true, true), new Entry("scatter", true, true), new Entry("graph", true, true),
            new Entry("grouped", true, false));

    private final Database database;

    BasketRunItems(Database database, Messages messages, DataSetWords dataSet) {
        super(messages, dataSet);
        this.database = database;
    }

    @Override
    String kind() {
        return KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    /** The item's label from the {@code basket.report.item.*} keys. */
    @Override
    String label(String key) {
        return messages.get("basket.report.item." + key);
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        BasketRunRecord run = new BasketRunStore(database).find(saved.id()).orElseThrow();
        progress.checkCancelled();
        return build(saved, run, key);
    }

    /** Builds item {@code key} of the stored {@code run} (listed as {@code saved}). */
    ReportItem build(SavedRun saved, BasketRunRecord run, String key) {
        String source = dataSet.of(run.dataSource(), run.startedAt());
        Provenance provenance = provenance(saved, source, run.startedAt() == null ? null
                : run.startedAt().atZone(ZoneOffset.UTC).toLocalDate()).withParameters(settings(run));
        String name = dataSet.shortName(source);
        BasketCharts charts = new BasketCharts(messages);
        return switch (key) {
            case "rules" -> table(key, messages.get("basket.report.rulesTitle", Math.min(TABLE_RULES,
                    run.rules().size()), name), provenance, rulesTable(run));
            case "item-frequency" -> titled(key, charts.itemFrequency(run, BasketCharts.TOP_ITEMS), name, provenance);
            case "scatter" -> titled(key, charts.scatter(run), name, provenance);
            case "graph" -> titled(key, charts.graph(run, BasketCharts.GRAPH_RULES), name, provenance);
            case "grouped" -> titled(key, charts.grouped(run), name, provenance);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private ReportItem titled(String key, JFreeChart chart, String name, Provenance provenance) {
        String own = chart.getTitle() == null ? "" : chart.getTitle().getText();
        return chart(key, messages.get("basket.report.titled", own, name), provenance, chart);
    }

    /** The settings that reproduce the run, in one line, as the command line spells them. */
    static String settings(BasketRunRecord run) {
        return "algo=" + run.algorithm() + " basis=" + run.basis() + " min_support="
                + BasketFiles.number(run.minSupport()) + " min_confidence=" + BasketFiles.number(run.minConfidence())
                + " min_length=" + run.minLength() + " max_length=" + run.maxLength() + " max_consequent="
                + run.maxConsequent();
    }

    /** The {@link #TABLE_RULES} rules of highest lift: rank, both sides in words and the measures. */
    ReportTable rulesTable(BasketRunRecord run) {
        BasketWords words = new BasketWords(messages);
        Function<String, String> label = BasketWords.labels(run);
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (BasketRunRecord.Rule r : topByLift(run)) {
            rank++;
            rows.add(Arrays.asList(rank, words.itemset(BasketWords.labels(r.antecedent(), label)),
                    words.itemset(BasketWords.labels(r.consequent(), label)), cell(r.support()),
                    cell(r.confidence()), cell(r.lift()), cell(r.leverage()),
                    Double.isInfinite(r.conviction()) ? messages.get("basket.report.infinite") : cell(r.conviction()),
                    r.count()));
        }
        return new ReportTable(List.of(messages.get("basket.report.col.rank"),
                messages.get("basket.report.col.antecedent"), messages.get("basket.report.col.consequent"),
                messages.get("basket.report.col.support"), messages.get("basket.report.col.confidence"),
                messages.get("basket.report.col.lift"), messages.get("basket.report.col.leverage"),
                messages.get("basket.report.col.conviction"), messages.get("basket.report.col.count")), rows);
    }

    private static List<BasketRunRecord.Rule> topByLift(BasketRunRecord run) {
        List<BasketRunRecord.Rule> rules = new ArrayList<>(run.rules());
        rules.sort(java.util.Comparator.comparingDouble((BasketRunRecord.Rule r) -> -r.lift())
                .thenComparingDouble(r -> -r.support()));
        return rules.subList(0, Math.min(TABLE_RULES, rules.size()));
    }
}
