package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord.MethodScore;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.work.Progress;

/** A saved recommendation evaluation: the comparison chart drawn from the stored scores, and every metric. */
final class EvaluationRunItems extends RunItems {
    private static final List<Entry> ENTRIES = List.of(new Entry("comparison", true, true),
            new Entry("metrics", false, true));

    private final Database database;

    EvaluationRunItems(Database database, Messages messages, DataSetWords dataSet) {
        super(messages, dataSet);
        this.database = database;
    }

    @Override
    String kind() {
        return EvaluationRunStore.KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        RecommendationEvaluationRecord run = new EvaluationRunStore(database).load(saved.id()).orElseThrow();
        String source = dataSet.of(run.dataSource(), run.startedAt());
        String shortName = dataSet.shortName(source);
        Provenance provenance = provenance(saved, source, null);
        return switch (key) {
            case "comparison" -> chart(key, messages.get("report.title.eval.comparison", run.listLength(),
                    run.split(), shortName), provenance, new RecommendCharts(messages).comparison(run, shortName));
            case "metrics" -> table(key, messages.get("report.title.eval.metrics", run.listLength(), run.split(),
                    shortName), provenance, metrics(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    private ReportTable metrics(RecommendationEvaluationRecord run) {
        int n = run.listLength();
        // the methods' parameters are in the provenance; the table keeps to what a reader compares
        List<String> columns = List.of(messages.get("report.col.method"),
                messages.get("recommend.metric.precision", n), messages.get("recommend.metric.recall", n),
                messages.get("recommend.metric.ndcg", n), messages.get("recommend.metric.map", n),
                messages.get("recommend.metric.hitRate", n), messages.get("recommend.metric.coverage"),
                messages.get("recommend.metric.rmse"), messages.get("recommend.metric.mae"),
                messages.get("report.col.fitSeconds"));
        RecommendationWording wording = new RecommendationWording(messages);
        List<List<Object>> rows = new ArrayList<>();
        java.util.Map<String, Long> times = run.scores().stream().collect(java.util.stream.Collectors.groupingBy(
                MethodScore::algorithm, java.util.stream.Collectors.counting()));
        for (MethodScore s : run.scores()) {
            String name = RecommendCharts.methodName(wording, s.algorithm());
            if (times.get(s.algorithm()) > 1) {
                name += " (" + s.parameters() + ")"; // the same method twice differs only by its settings
            }
            rows.add(Arrays.asList(name, cell(s.precision()), cell(s.recall()),
                    cell(s.ndcg()), cell(s.map()), cell(s.hitRate()), cell(s.coverage()), cell(s.rmse()),
                    cell(s.mae()), cell(s.fitSeconds())));
        }
        return new ReportTable(columns, rows);
    }
}
