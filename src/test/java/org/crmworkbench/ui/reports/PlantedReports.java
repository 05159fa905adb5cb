package org.crmworkbench.ui.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.Provenance;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.present.report.ReportTable;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A report source and output for the builder's tests: two runs (#7 forecast, #3 segment), each giving a chart and
 * a table, a {@code broken} item whose building fails, and an output that records what it was asked to write and
 * writes a small file.
 */
final class PlantedReports implements ReportSource, ReportOutput {
    static final SavedRun FORECAST = new SavedRun(7, "forecast", Instant.parse("2026-11-20T10:00:00Z"), "1.0", 42L,
            "model auto", "Revenue by month, 12 months ahead");
    static final SavedRun SEGMENT = new SavedRun(3, "segment", Instant.parse("2026-11-19T10:00:00Z"), "1.0", 7L,
            "k-means k=4", "4 segments");

    final List<SavedRun> runs = new CopyOnWriteArrayList<>(List.of(FORECAST, SEGMENT));
    final List<Report> written = new CopyOnWriteArrayList<>();
    final List<ReportFormat> formats = new CopyOnWriteArrayList<>();
    final List<ReportItem.Table> csv = new CopyOnWriteArrayList<>();
    /** How each build was asked to show people, in order. */
    final List<PersonalDataPolicy.Mode> modes = new CopyOnWriteArrayList<>();

    static ItemChoice chart(long run) {
        return new ItemChoice(run, "chart", true, "Chart " + run);
    }

    static ItemChoice table(long run) {
        return new ItemChoice(run, "table", false, "Table " + run);
    }

    static ItemChoice broken(long run) {
        return new ItemChoice(run, "broken", true, "Broken " + run);
    }

    @Override
    public List<SavedRun> runs() {
        return List.copyOf(runs);
    }

    @Override
    public List<ItemChoice> items(long runId) {
        run(runId);
        return List.of(chart(runId), table(runId), broken(runId));
    }

    @Override
    public List<ItemChoice> defaultItems(long runId) {
        run(runId);
        return List.of(table(runId), chart(runId));
    }

    @Override
    public ReportItem build(long runId, String key, PersonalDataPolicy people, Progress progress) {
        SavedRun run = run(runId);
        modes.add(people.mode());
        Provenance provenance = new Provenance(runId, run.kind(), "planted", null, run.startedAt(),
                run.parameters(), run.seed(), run.appVersion());
        switch (key) {
            case "chart" -> {
                XYSeries s = new XYSeries("values");
                for (int i = 0; i < 10; i++) {
                    s.add(i, i * i);
                }
                JFreeChart chart = ChartFactory.createXYLineChart("Built chart " + runId, "x", "y",
                        new XYSeriesCollection(s));
                return new ReportItem.Chart(key, "Built chart " + runId, "", provenance, chart);
            }
            case "table" -> {
                List<List<Object>> rows = new ArrayList<>();
                rows.add(List.of("north", 12.5));
                rows.add(List.of("south", 7.25));
                rows.add(List.of(people.name("Wang Fang"), 1.0));
                return new ReportItem.Table(key, "Built table " + runId, "", provenance,
                        new ReportTable(List.of("Region", "Revenue"), rows));
            }
            default -> throw new BadParameterException("chart", "test.noItem", "Run " + runId + " has no item "
                    + key + "; it has chart, table");
        }
    }

    private SavedRun run(long runId) {
        return runs.stream().filter(r -> r.id() == runId).findFirst().orElseThrow(() ->
                new BadParameterException("runs", "test.noRun", "There is no saved run #" + runId));
    }

    @Override
    public String dataSet() {
        return "planted data";
    }

    @Override
    public void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        Files.writeString(file, report.title(), StandardCharsets.UTF_8);
        written.add(report);
        formats.add(format);
    }

    @Override
    public void exportCsv(ReportItem.Table table, Path file) throws IOException {
        Files.writeString(file, String.join(",", table.table().columns()), StandardCharsets.UTF_8);
        csv.add(table);
    }
}
