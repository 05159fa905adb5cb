package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.sales.RepOutcome;
import org.crmworkbench.analysis.sales.RepPeriod;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.data.sales.QuotaFileReader;
import org.crmworkbench.data.sales.RepOrderReader;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.sales.RepsCharts;
import org.crmworkbench.present.sales.RepsFiles;
import org.crmworkbench.present.sales.RepsRecords;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.SalesTeamWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench reps [--input FILE --rep-col R --amount-col A --date-col D [--customer-col C] [--factor-cols a,b]
 * | --db PATH] [--adjust-for region,channel,...] [--no-season] [--outcome order-value|orders|retention]
 * [--period month|quarter|year] [--churn-window 180] [--horizon 6] [--quotas FILE] [--save] --out DIR}: scorecards
 * per rep and period and the fair comparison (a random intercept per rep, adjusted for what the rep does not
 * control); writes scorecards.csv, model.json and the charts, prints the league table and the rank shifts.
 */
@Command(name = "reps", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class RepsCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "reps.input")
    Path input;

    @Option(names = "--rep-col", paramLabel = "R", descriptionKey = "reps.repCol")
    String repColumn;

    @Option(names = "--amount-col", paramLabel = "A", descriptionKey = "reps.amountCol")
    String amountColumn;

    @Option(names = "--date-col", paramLabel = "D", descriptionKey = "reps.dateCol")
    String dateColumn;

    @Option(names = "--customer-col", paramLabel = "C", descriptionKey = "reps.customerCol")
    String customerColumn;

    @Option(names = "--factor-cols", paramLabel = "COLUMNS", split = ",", descriptionKey = "reps.factorCols")
    List<String> factorColumns = new ArrayList<>();

    @Option(names = "--adjust-for", paramLabel = "FACTORS", split = ",", descriptionKey = "reps.adjustFor")
    List<String> adjustFor;

    @Option(names = "--no-season", descriptionKey = "reps.noSeason")
    boolean noSeason;

    @Option(names = "--outcome", paramLabel = "order-value|orders|retention", defaultValue = "order-value",
            descriptionKey = "reps.outcome")
    String outcome;

    @Option(names = "--period", paramLabel = "month|quarter|year", defaultValue = "quarter",
            descriptionKey = "reps.period")
    String period;

    @Option(names = "--churn-window", paramLabel = "DAYS", defaultValue = "180", descriptionKey = "reps.churnWindow")
    int churnWindow;

    @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "6", descriptionKey = "reps.horizon")
    int horizon;

    @Option(names = "--quotas", paramLabel = "FILE", descriptionKey = "reps.quotas")
    Path quotas;

    @Option(names = "--save", descriptionKey = "reps.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "reps.out")
    Path out;

    @Mixin
    PersonalDataOptions people;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        List<String> factors = input == null ? RepOrderReader.FACTORS : fileFactors();
        RepSettings settings = settings(factors);
        if (input != null && !Files.isRegularFile(input)) {
            throw new NoSuchFileException(input.toString());
        }
        if (quotas != null && !Files.isRegularFile(quotas)) {
            throw new NoSuchFileException(quotas.toString());
        }
        PersonalDataPolicy policy = people.policy(context.home());
        TerminalProgress progress = context.progress();
        try {
            RepOrders orders = read(m, progress);
            List<RepQuota> quotaList = List.of();
            if (quotas != null) {
                try {
                    QuotaFileReader.QuotaFile file = new QuotaFileReader().readLocated(quotas, progress);
                    checkQuotas(file, orders, settings.period());
                    quotaList = file.quotas();
                } catch (UnreadableFileException e) {
                    throw new DataProblemException(e.problem().describe(m));
                }
            }
            SalesTeamResult result = new SalesTeamWorkflow(null).analyse(orders, quotaList, settings, progress);
            progress.finish();

            Path dir = parent.outputFolder(out);
            new RepsFiles().write(dir, result, orders, policy);
            RepsRunRecord record = new RepsRecords().of(result, orders, started, AppVersion.current());
            List<String> written = new ArrayList<>(List.of("scorecards.csv", "model.json"));
            written.addAll(ChartFiles.write(dir, new RepsCharts(m, policy).charts(record), m));
            new RepsReport(m, stdout, policy).print(orders, result, record);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new SalesTeamWorkflow(db).save(result, orders, started).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    /**
     * Names the cell of the first quota for a rep without orders, or for a period of the scorecards' length outside
     * the orders' span (the analysis refuses the rest by name).
     */
    private static void checkQuotas(QuotaFileReader.QuotaFile file, RepOrders orders, RepPeriod period) {
        Set<String> reps = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (RepOrder o : orders.orders()) {
            reps.add(o.repId());
            periods.add(period.label(o.date()));
        }
        String sample = period.label(java.time.LocalDate.of(2026, 1, 1));
        for (int i = 0; i < file.quotas().size(); i++) {
            RepQuota q = file.quotas().get(i);
            if (!reps.contains(q.repId())) {
                throw new UnreadableFileException(file.problem(i, true, "sales.problem.unknownRep"), null);
            }
            if (q.period().length() == sample.length() && q.period().contains("Q") == sample.contains("Q")
                    && !periods.contains(q.period())) {
                throw new UnreadableFileException(file.problem(i, false, "sales.problem.unknownPeriod"), null);
            }
        }
    }

    /** The settings the options ask for; a factor to adjust for must be one the orders carry. */
    private RepSettings settings(List<String> factors) {
        RepOutcome o = RepOutcome.fromCliName(outcome);
        if (o == null) {
            throw new BadParameterException("outcome", "sales.param.outcome", "must be order-value, orders or "
                    + "retention, was " + outcome, String.valueOf(outcome));
        }
        RepPeriod p = RepPeriod.fromCliName(period);
        if (p == null) {
            throw new BadParameterException("period", "sales.param.period", "must be month, quarter or year, was "
                    + period, String.valueOf(period));
        }
        List<String> adjust = new ArrayList<>();
        if (adjustFor == null) {
            adjust.addAll(input == null ? RepSettings.defaults().adjustFor() : factors);
        } else {
            for (String name : adjustFor) {
                String wanted = name.trim();
                if (wanted.isEmpty() || "none".equalsIgnoreCase(wanted) && adjustFor.size() == 1) {
                    continue;
                }
                String found = factors.stream().filter(f -> f.equalsIgnoreCase(wanted)).findFirst()
                        .orElseThrow(() -> new BadParameterException("adjust-for", "sales.param.unknownFactor",
                                "no factor " + wanted + "; the orders carry " + String.join(", ", factors), wanted,
                                factors.isEmpty() ? "-" : String.join(", ", factors)));
                adjust.add(found);
            }
        }
        return new RepSettings(o, adjust, !noSeason, p, churnWindow, horizon);
    }

    /** The factor columns of a file; rep, amount and date columns must be named. */
    private List<String> fileFactors() {
        for (String[] column : new String[][] {{"rep-col", repColumn}, {"amount-col", amountColumn},
                {"date-col", dateColumn}}) {
            if (column[1] == null || column[1].isBlank()) {
                throw new BadParameterException(column[0], "sales.param.columnNeeded",
                        "an order file needs --" + column[0], "--" + column[0]);
            }
        }
        List<String> names = new ArrayList<>();
        for (String f : factorColumns) {
            if (!f.isBlank()) {
                names.add(f.trim());
            }
        }
        return names;
    }

    private RepOrders read(Messages m, TerminalProgress progress) throws IOException {
        if (input != null) {
            try {
                return new SalesTeamWorkflow(null).readFile(input, repColumn.trim(), amountColumn.trim(),
                        dateColumn.trim(), customerColumn, fileFactors(), progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
        }
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabase()) {
            RepOrders orders = new SalesTeamWorkflow(db).readOrders(progress);
            if (orders.orders().isEmpty()) {
                throw new DataProblemException(m.get("cli.reps.noOrders", db.description()));
            }
            return orders;
        }
    }
}
