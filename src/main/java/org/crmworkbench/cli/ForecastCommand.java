package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crmworkbench.present.forecast.SeriesTitle;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.BacktestErrors;
import org.crmworkbench.analysis.forecast.FittedParameters;
import org.crmworkbench.analysis.forecast.Forecast;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.forecast.ForecastCharts;
import org.crmworkbench.present.forecast.ForecastFiles;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.ForecastWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench forecast [--input FILE --date-col D --value-col V | --db PATH --measure revenue --by month
 * [--breakdown region --group North]] --horizon H --model auto|... --out DIR}: backtests and fits a forecasting
 * model and writes the forecast with its intervals, the backtest, the fitted parameters and the charts.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ForecastCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "forecast.input")
    Path input;

    @Option(names = "--date-col", paramLabel = "D", descriptionKey = "forecast.dateCol")
    String dateColumn;

    @Option(names = "--value-col", paramLabel = "V", descriptionKey = "forecast.valueCol")
    String valueColumn;

    @Option(names = "--measure", paramLabel = "NAME", descriptionKey = "forecast.measure")
    String measure;

    @Option(names = "--by", paramLabel = "week|month", descriptionKey = "forecast.by")
    String by;

    @Option(names = "--breakdown", paramLabel = "NAME", descriptionKey = "forecast.breakdown")
    String breakdown;

    @Option(names = "--group", paramLabel = "G", descriptionKey = "forecast.group")
    String group;

    @Option(names = "--horizon", paramLabel = "H", required = true, descriptionKey = "forecast.horizon")
    int horizon;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "auto", descriptionKey = "forecast.model")
    String model;

    @Option(names = "--level", paramLabel = "L,L", defaultValue = "80,95", descriptionKey = "forecast.level")
    String level;

    @Option(names = "--origins", paramLabel = "N", defaultValue = "12", descriptionKey = "forecast.origins")
    int origins;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "forecast.seed")
    long seed;

    @Option(names = "--save", descriptionKey = "forecast.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "forecast.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        ForecastSettings settings = new ForecastSettings(ForecastModel.fromKey(model), horizon, levels(), origins,
                seed);
        SeriesRequest request = input == null ? request() : null;
        if (input != null) {
            checkFileOptions(m);
        }
        TerminalProgress progress = context.progress();
        try {
            TimeSeries series = input != null ? readFile(m, progress) : readDatabase(m, request, progress);
            stdout.println(m.get("cli.forecast.series", new SeriesTitle(m).of(series.name()), series.size(), series.frequency().key(),
                    series.periods().get(0).toString(), series.periods().get(series.size() - 1).toString(),
                    series.source()));
            ForecastResult result = new ForecastWorkflow(null).forecast(series, settings, progress);
            progress.finish();

            Path dir = parent.outputFolder(out);
            ForecastFiles files = new ForecastFiles();
            files.writeForecast(dir.resolve("forecast.csv"), result);
            files.writeBacktest(dir.resolve("backtest.csv"), result);
            files.writeParameters(dir.resolve("parameters.json"), result);
            List<String> written = new ArrayList<>(List.of("forecast.csv", "backtest.csv", "parameters.json"));
            written.addAll(ChartFiles.write(dir, new ForecastCharts(m).charts(result), m));

            print(m, stdout, result);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new ForecastWorkflow(db).save(result, started).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private int[] levels() {
        try {
            int[] parsed = Arrays.stream(level.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            Arrays.sort(parsed);
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadParameterException("level", "cli.forecast.levelFormat",
                    "expected whole percentages separated by commas, such as 80,95; got " + level, level);
        }
    }

    /** The database series asked for; everything that can be checked without the data. */
    private SeriesRequest request() {
        SeriesMeasure what = measure == null ? SeriesMeasure.REVENUE : SeriesMeasure.fromKeyOrNull(measure);
        if (what == null) {
            throw new BadParameterException("measure", "cli.forecast.measure", "expected revenue or orders, got "
                    + measure, measure);
        }
        SeriesFrequency frequency = by == null ? SeriesFrequency.MONTH : SeriesFrequency.fromKeyOrNull(by);
        if (frequency != SeriesFrequency.WEEK && frequency != SeriesFrequency.MONTH) {
            throw new BadParameterException("by", "cli.forecast.by", "expected week or month, got " + by, by);
        }
        SeriesBreakdown slice = breakdown == null ? SeriesBreakdown.OVERALL : SeriesBreakdown.fromKeyOrNull(breakdown);
        if (slice == null) {
            throw new BadParameterException("breakdown", "cli.forecast.breakdown",
                    "expected overall, region, category, segment or rep, got " + breakdown, breakdown);
        }
        if (group != null && slice == SeriesBreakdown.OVERALL) {
            throw new BadParameterException("group", "cli.forecast.groupNeedsBreakdown",
                    "a group belongs to a breakdown; add --breakdown region, category, segment or rep", group);
        }
        return slice == SeriesBreakdown.OVERALL ? SeriesRequest.overall(what, frequency)
                : new SeriesRequest(what, frequency, slice, group == null ? "" : group.trim());
    }

    private void checkFileOptions(Messages m) throws java.nio.file.NoSuchFileException {
        if (dateColumn == null || dateColumn.isBlank()) {
            throw new BadParameterException("date-col", "cli.forecast.columnNeeded",
                    "name the file's date column", "--date-col");
        }
        if (valueColumn == null || valueColumn.isBlank()) {
            throw new BadParameterException("value-col", "cli.forecast.columnNeeded",
                    "name the file's value column", "--value-col");
        }
        for (String[] option : new String[][] {{"--measure", measure}, {"--by", by}, {"--breakdown", breakdown},
                {"--group", group}}) {
            if (option[1] != null) {
                throw new UsageException(m.get("cli.forecast.dbOnly", option[0]));
            }
        }
        if (save) {
            throw new UsageException(m.get("cli.forecast.saveNeedsDb"));
        }
        if (!Files.isRegularFile(input)) {
            throw new java.nio.file.NoSuchFileException(input.toString());
        }
    }

    private TimeSeries readFile(Messages m, Progress progress) throws java.io.IOException {
        try {
            return new ForecastWorkflow(null).readFile(input, dateColumn.trim(), valueColumn.trim(), progress);
        } catch (UnreadableFileException e) {
            throw new DataProblemException(e.problem().describe(m));
        }
    }

    private TimeSeries readDatabase(Messages m, SeriesRequest request, Progress progress) {
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabase()) {
            TimeSeries series = new ForecastWorkflow(db).readChecked(request, progress);
            if (series.size() == 0) {
                throw new DataProblemException(m.get("cli.forecast.noOrders", db.description()));
            }
            return series;
        }
    }

    private static void print(Messages m, PrintStream out, ForecastResult r) {
        FittedParameters p = r.parameters();
        out.println(m.get(r.settings().model() == ForecastModel.AUTO ? "cli.forecast.chosen" : "cli.forecast.model",
                r.model().key(), p.description()));
        if (r.candidates().size() > 1) {
            Backtest first = r.candidates().get(0);
            out.println(m.get("cli.forecast.candidates", origins(m, first, r.settings()), first.points().size(),
                    r.settings().horizon()));
            for (Backtest b : r.candidates()) {
                out.println("  " + errors(m, "cli.forecast.candidateLine", b.model().key(), b));
            }
        }
        for (ForecastResult.LeftOut left : r.leftOut()) {
            out.println("  " + (left.needsPositive()
                    ? m.get("forecast.leftOut.positive", left.model().key())
                    : m.get("forecast.leftOut.short", left.model().key(), left.periodsNeeded(), r.series().size())));
        }
        for (FittedParameters.Parameter parameter : p.parameters()) {
            out.println("  " + m.get("cli.forecast.parameter", parameter.name(),
                    PredictionReport.g(parameter.value())));
        }
        out.println(m.get("cli.forecast.sse", PredictionReport.g(p.sse()), p.observations()));
        out.println(m.get("cli.forecast.backtest", r.backtest().points().size(),
                origins(m, r.backtest(), r.settings()), errorsText(m, r.backtest())));
        Forecast f = r.forecast();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s %12s",
                m.get("cli.forecast.col.period"), m.get("cli.forecast.col.forecast")));
        for (ForecastBand band : f.bands()) {
            header.append(String.format(Locale.ROOT, " %12s %12s", "lo" + band.level(), "hi" + band.level()));
        }
        out.println(header);
        for (int h = 0; h < f.horizon(); h++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s %12s", f.periods().get(h),
                    PredictionReport.g(f.mean()[h])));
            for (ForecastBand band : f.bands()) {
                row.append(String.format(Locale.ROOT, " %12s %12s", PredictionReport.g(band.lower()[h]),
                        PredictionReport.g(band.upper()[h])));
            }
            out.println(row);
        }
    }

    /** The origins a backtest used, with the asked number when the series allowed fewer ("10 origins (12 asked, 10 possible)"). */
    static String origins(Messages m, Backtest b, ForecastSettings settings) {
        int used = b.origins();
        int asked = settings.backtestOrigins();
        return used < asked ? m.get("cli.forecast.originsCut", used, asked) : m.get("cli.forecast.origins", used);
    }

    private static String errorsText(Messages m, Backtest b) {
        return errors(m, "cli.forecast.errors", "", b);
    }

    private static String errors(Messages m, String key, String first, Backtest b) {
        BacktestErrors e = b.errors();
        return m.get(key, first, PredictionReport.g(e.mae()), PredictionReport.g(e.rmse()),
                PredictionReport.g(e.mape()), PredictionReport.g(e.mase()));
    }
}
