package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.LifecycleThresholds;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.model.Purchase;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.RfmSettings;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.value.ValueCharts;
import org.crmworkbench.present.value.ValueFiles;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.ValueWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench value [--input FILE --customer-col C --date-col D --amount-col A | --db PATH]
 * --calibration-end DATE [--holdout-end DATE] [--period week] [--model bgnbd|pnbd] [--horizon N] [--discount-rate R]
 * [--margin M] [--rfm-bins 5] [--save] --out DIR}: values customers (RFM, a buy-till-you-die model, Gamma-Gamma spend,
 * CLV, lifecycle stages) and writes the parameters, one row per customer, the holdout check and the charts.
 */
@Command(name = "value", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ValueCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "value.input")
    Path input;

    @Option(names = "--customer-col", paramLabel = "C", descriptionKey = "value.customerCol")
    String customerColumn;

    @Option(names = "--date-col", paramLabel = "D", descriptionKey = "value.dateCol")
    String dateColumn;

    @Option(names = "--amount-col", paramLabel = "A", descriptionKey = "value.amountCol")
    String amountColumn;

    @Option(names = "--calibration-end", paramLabel = "DATE", required = true, descriptionKey = "value.calibrationEnd")
    LocalDate calibrationEnd;

    @Option(names = "--holdout-end", paramLabel = "DATE", descriptionKey = "value.holdoutEnd")
    LocalDate holdoutEnd;

    @Option(names = "--period", paramLabel = "day|week|month", defaultValue = "week", descriptionKey = "value.period")
    String period;

    @Option(names = "--model", paramLabel = "bgnbd|pnbd", defaultValue = "bgnbd", descriptionKey = "value.model")
    String model;

    @Option(names = "--no-compare", descriptionKey = "value.noCompare")
    boolean noCompare;

    @Option(names = "--horizon", paramLabel = "N", defaultValue = "52", descriptionKey = "value.horizon")
    int horizon;

    @Option(names = "--discount-rate", paramLabel = "R", defaultValue = "0.10", descriptionKey = "value.discountRate")
    double discountRate;

    @Option(names = "--margin", paramLabel = "M", defaultValue = "1.0", descriptionKey = "value.margin")
    double margin;

    @Option(names = "--rfm-bins", paramLabel = "N", defaultValue = "5", descriptionKey = "value.rfmBins")
    int rfmBins;

    @Option(names = "--recency-cuts", paramLabel = "D,D,...", descriptionKey = "value.recencyCuts")
    String recencyCuts;

    @Option(names = "--frequency-cuts", paramLabel = "N,N,...", descriptionKey = "value.frequencyCuts")
    String frequencyCuts;

    @Option(names = "--monetary-cuts", paramLabel = "M,M,...", descriptionKey = "value.monetaryCuts")
    String monetaryCuts;

    @Option(names = "--migration-from", paramLabel = "DATE", descriptionKey = "value.migrationFrom")
    LocalDate migrationFrom;

    @Option(names = "--save", descriptionKey = "value.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "value.out")
    Path out;

    @Mixin
    PseudonymOptions pseudonyms;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        PersonalDataPolicy people = pseudonyms.policy(context.home(), false);
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        ValueSettings settings = new ValueSettings(calibrationEnd, holdoutEnd, PeriodUnit.fromKey(period),
                PurchaseModelKind.fromKey(model), !noCompare, new ClvSettings(horizon, discountRate, margin),
                new RfmSettings(rfmBins, RfmSettings.parseCuts("recency-cuts", recencyCuts),
                        RfmSettings.parseCuts("frequency-cuts", frequencyCuts),
                        RfmSettings.parseCuts("monetary-cuts", monetaryCuts)),
                LifecycleThresholds.defaults(), migrationFrom);
        if (input != null) {
            checkFileOptions(m);
        }
        TerminalProgress progress = context.progress();
        try {
            String source;
            List<Purchase> purchases;
            if (input != null) {
                purchases = readFile(m, progress);
                source = input.getFileName().toString();
            } else {
                try (Database db = openDatabase(m)) {
                    purchases = new ValueWorkflow(db).readOrders(progress);
                    source = db.description();
                    if (purchases.isEmpty()) {
                        throw new DataProblemException(m.get("cli.forecast.noOrders", source));
                    }
                }
            }
            ValueResult result = new ValueWorkflow(null).analyse(purchases, settings, progress);
            progress.finish();

            Path dir = parent.outputFolder(out);
            ValueFiles files = new ValueFiles();
            files.writeParameters(dir.resolve("parameters.json"), result);
            files.writeCustomers(dir.resolve("customers.csv"), result, people);
            List<String> written = new ArrayList<>(List.of("parameters.json", "customers.csv"));
            if (result.holdout() != null) {
                files.writeHoldout(dir.resolve("holdout.csv"), result);
                written.add("holdout.csv");
            }
            written.addAll(ChartFiles.write(dir, new ValueCharts(m, new ChartStyle(new ChartFonts()), people).charts(result), m));

            new ValueReport(m, stdout).print(purchases.size(), source, result);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new ValueWorkflow(db).save(result, source, started).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private void checkFileOptions(Messages m) throws NoSuchFileException {
        String[][] columns = {{"customer-col", value(customerColumn)}, {"date-col", value(dateColumn)},
                {"amount-col", value(amountColumn)}};
        for (String[] column : columns) {
            if (column[1].isEmpty()) {
                throw new BadParameterException(column[0], "cli.value.columnNeeded",
                        "name the file's column with --" + column[0], "--" + column[0]);
            }
        }
        if (save) {
            throw new UsageException(m.get("cli.value.saveNeedsDb"));
        }
        if (!Files.isRegularFile(input)) {
            throw new NoSuchFileException(input.toString());
        }
    }

    private static String value(String text) {
        return text == null ? "" : text.trim();
    }

    private List<Purchase> readFile(Messages m, Progress progress) throws java.io.IOException {
        try {
            return new ValueWorkflow(null).readFile(input, customerColumn.trim(), dateColumn.trim(),
                    amountColumn.trim(), progress);
        } catch (UnreadableFileException e) {
            throw new DataProblemException(e.problem().describe(m));
        }
    }

    private Database openDatabase(Messages m) {
        parent.requireExistingDatabase();
        return parent.openDatabase();
    }
}
