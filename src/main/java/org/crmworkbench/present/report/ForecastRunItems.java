package org.crmworkbench.present.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.ForecastRunRecord.ForecastPoint;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.forecast.ForecastCharts;
import org.crmworkbench.present.forecast.ForecastLabels;
import org.crmworkbench.present.forecast.SeriesTitle;
import org.crmworkbench.work.Progress;

/** A saved forecast's chart, its forecast with the interval bounds, and the fitted parameters with the backtest. */
final class ForecastRunItems extends RunItems {
    private static final List<Entry> ENTRIES = List.of(new Entry("forecast", true, true),
            new Entry("forecast-table", false, true), new Entry("parameters", false, false));

    private final Database database;

    ForecastRunItems(Database database, Messages messages, DataSetWords dataSet) {
        super(messages, dataSet);
        this.database = database;
    }

    @Override
    String kind() {
        return ForecastRunStore.KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        ForecastRunRecord run = new ForecastRunStore(database).load(saved.id()).orElseThrow();
        progress.checkCancelled();
        LocalDate last = run.history().isEmpty() ? null : run.history().get(run.history().size() - 1).period();
        String source = dataSet.of(run.dataSource(), run.startedAt());
        Provenance provenance = provenance(saved, source, last).withParameters(settings(run));
        ForecastLabels labels = new ForecastLabels(messages);
        String series = new SeriesTitle(messages).of(run.seriesName());
        String unit = labels.unit(run.unit());
        return switch (key) {
            case "forecast" -> chart(key, messages.get("report.title.forecast.forecast", series, unit,
                    labels.model(run.model()), shortName(source)), provenance, new ForecastCharts(messages).forecast(run));
            case "forecast-table" -> table(key, messages.get("report.title.forecast.table", series, unit,
                    shortName(source)), provenance, forecastTable(run, labels, unit));
            case "parameters" -> table(key, messages.get("report.title.forecast.parameters",
                    labels.model(run.model()), series), provenance, parameters(run));
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * The settings that reproduce the forecast, in one line ({@code series=revenue/month model=snaive requested=auto
     * horizon=12 levels=[80, 95] origins=12}); the fitted values are the {@code parameters} table's business.
     */
    static String settings(ForecastRunRecord run) {
        java.util.Map<String, Object> json = JsonFields.of(run.parameters());
        StringBuilder line = new StringBuilder("series=").append(run.seriesName())
                .append(" model=").append(run.model()).append(" requested=").append(run.requested());
        for (String name : List.of("horizon", "levels", "origins")) {
            Object value = json.get(name);
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                value = n.longValue();
            } else if (value instanceof List<?> list) {
                value = String.join(",", list.stream().map(v -> v instanceof Number n
                        && n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue())
                        : String.valueOf(v)).toList());
            }
            if (value != null) {
                line.append(' ').append(name).append('=').append(value);
            }
        }
        return line.toString();
    }

    private String shortName(String source) {
        return dataSet.shortName(source);
    }

    private ReportTable forecastTable(ForecastRunRecord run, ForecastLabels labels, String unit) {
        int[] levels = run.forecast().isEmpty() ? new int[0] : run.forecast().get(0).levels();
        List<String> columns = new ArrayList<>(List.of(messages.get("report.col.period"),
                messages.get("report.col.forecast", unit)));
        for (int level : levels) {
            columns.add(messages.get("report.col.lower", level));
            columns.add(messages.get("report.col.upper", level));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastPoint p : run.forecast()) {
            List<Object> row = new ArrayList<>(Arrays.asList(labels.period(p.period(), run.frequency()),
                    cell(p.forecast())));
            for (int i = 0; i < levels.length; i++) {
                boolean same = i < p.levels().length && p.levels()[i] == levels[i];
                row.add(same ? cell(p.lower()[i]) : null);
                row.add(same ? cell(p.upper()[i]) : null);
            }
            rows.add(row);
        }
        return new ReportTable(columns, rows);
    }

    /** Stored fields the parameters table shows in rows of their own. */
    private static final java.util.Set<String> SHOWN_APART = java.util.Set.of("model", "requested", "sse");

    private ReportTable parameters(ForecastRunRecord run) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(messages.get("report.param.model"), run.model()));
        if (run.requested() != null && !run.requested().equals(run.model())) {
            rows.add(Arrays.asList(messages.get("report.param.requested"), run.requested()));
        }
        for (Map.Entry<String, Object> e : JsonFields.of(run.parameters()).entrySet()) {
            String key = e.getKey();
            if (SHOWN_APART.contains(key) || key.startsWith("backtest.")) {
                continue; // model, sum of squares and the chosen model's backtest have their own rows
            }
            Object value = key.equals("seed") && e.getValue() instanceof Number n ? Long.toString(n.longValue())
                    : e.getValue();
            rows.add(Arrays.asList(fieldLabel(key), value));
        }
        rows.add(Arrays.asList(messages.get("report.param.sse"), cell(run.sse())));
        for (Map.Entry<String, Object> e : JsonFields.of(run.backtest()).entrySet()) {
            rows.add(Arrays.asList(messages.get("report.param.backtest", fieldLabel(e.getKey())), e.getValue()));
        }
        return new ReportTable(List.of(messages.get("report.col.name"), messages.get("report.col.value")), rows);
    }
}
