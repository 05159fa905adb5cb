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
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.MiningAlgorithm;
import org.crmworkbench.analysis.basket.MiningEstimate;
import org.crmworkbench.analysis.basket.RuleFilter;
import org.crmworkbench.analysis.basket.RuleOrder;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.present.basket.BasketCharts;
import org.crmworkbench.present.basket.BasketFiles;
import org.crmworkbench.present.basket.BasketRecords;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.BasketWorkflow;
import org.crmworkbench.analysis.engine.FitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench rules [--input FILE --format basket|long [--delimiter ,] [--transaction-col T --item-col I] |
 * --db PATH [--by order|customer]] --min-support S --min-confidence C [--min-length 1] [--max-length 10]
 * [--algo fpgrowth|apriori|eclat] [--sort lift] [--top N] [--save] --out DIR}: mines frequent itemsets and
 * association rules as arules does and writes rules.csv, itemsets.csv, metrics.json and the charts.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "rules.input")
    Path input;

    @Option(names = "--format", paramLabel = "basket|long", defaultValue = "basket", descriptionKey = "rules.format")
    String format;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", descriptionKey = "rules.delimiter")
    String delimiter;

    @Option(names = "--transaction-col", paramLabel = "T", descriptionKey = "rules.transactionCol")
    String transactionColumn;

    @Option(names = "--item-col", paramLabel = "I", descriptionKey = "rules.itemCol")
    String itemColumn;

    @Option(names = "--by", paramLabel = "order|customer", defaultValue = "order", descriptionKey = "rules.by")
    String by;

    @Option(names = "--min-support", paramLabel = "S", required = true, descriptionKey = "rules.minSupport")
    double minSupport;

    @Option(names = "--min-confidence", paramLabel = "C", required = true, descriptionKey = "rules.minConfidence")
    double minConfidence;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "1", descriptionKey = "rules.minLength")
    int minLength;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "10", descriptionKey = "rules.maxLength")
    int maxLength;

    @Option(names = "--max-consequent", paramLabel = "N", defaultValue = "1", descriptionKey = "rules.maxConsequent")
    int maxConsequent;

    @Option(names = "--algo", paramLabel = "fpgrowth|apriori|eclat", defaultValue = "fpgrowth",
            descriptionKey = "rules.algo")
    String algo;

    @Option(names = "--sort", paramLabel = "MEASURE", defaultValue = "lift", descriptionKey = "rules.sort")
    String sort;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", descriptionKey = "rules.top")
    int top;

    @Option(names = "--min-lift", paramLabel = "L", defaultValue = "0", descriptionKey = "rules.minLift")
    double minLift;

    @Option(names = "--antecedent", paramLabel = "ITEM", split = "\\|", descriptionKey = "rules.antecedent")
    List<String> antecedentItems = new ArrayList<>();

    @Option(names = "--consequent", paramLabel = "ITEM", split = "\\|", descriptionKey = "rules.consequent")
    List<String> consequentItems = new ArrayList<>();

    @Option(names = "--non-redundant", descriptionKey = "rules.nonRedundant")
    boolean nonRedundant;

    @Option(names = "--memory-cap", paramLabel = "MB", descriptionKey = "rules.memoryCap")
    Integer memoryCap;

    @Option(names = "--save", descriptionKey = "rules.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "rules.out")
    Path out;

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        BasketSettings settings = settings();
        RuleOrder order = RuleOrder.fromCliName(sort);
        if (order == null) {
            throw new BadParameterException("sort", "basket.param.sort", "must be one of lift, confidence, support, "
                    + "leverage, conviction, count; was " + sort, sort);
        }
        if (top < 0) {
            throw new BadParameterException("top", "basket.param.top", "must be 0 (every rule) or more, was " + top,
                    top);
        }
        if (!(minLift >= 0) || Double.isInfinite(minLift)) {
            throw new BadParameterException("min-lift", "basket.param.minLift", "must be 0 or more, was " + minLift,
                    minLift);
        }
        BasketFileFormat fileFormat = input == null ? null : fileFormat();
        BasketBasis basis = basis();
        BasketWorkflow.checkEngine(engines.choice(), settings);
        try (FitEngine engine = engines.open(context.engines())) {
            BasketWorkflow workflow = new BasketWorkflow(null, engine);
            return run(context, settings, order, fileFormat, basis, workflow, started);
        }
    }

    private Integer run(CliContext context, BasketSettings settings, RuleOrder order, BasketFileFormat fileFormat,
                        BasketBasis basis, BasketWorkflow workflow, Instant started) throws Exception {
        Messages m = context.messages();
        PrintStream stdout = context.out();
        TerminalProgress progress = context.progress();
        try {
            BasketRows rows = read(m, fileFormat, basis, progress);
            Transactions transactions = workflow.transactions(rows);
            MiningEstimate estimate = workflow.estimate(transactions, settings);
            if (estimate.risky()) {
                progress.finish();
                context.err().println(m.get("basket.estimate.warning", estimate.estimatedItemsets(),
                        settings.minSupport()));
            }
            BasketResult result = workflow.mine(transactions, settings, progress);
            progress.finish();
            List<AssociationRule> listed = order.sort(filter(transactions, rows).apply(result.rules()));
            if (top > 0 && listed.size() > top) {
                listed = listed.subList(0, top);
            }

            Path dir = parent.outputFolder(out);
            new BasketFiles().write(dir, result, rows, listed);
            List<String> written = new ArrayList<>(List.of("rules.csv", "itemsets.csv", "metrics.json"));
            written.addAll(ChartFiles.write(dir, new BasketCharts(m).charts(
                    new BasketRecords().of(result, rows, started, AppVersion.current())), m));
            new RulesReport(m, stdout).print(rows, result, listed);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new BasketWorkflow(db).save(result, rows, started).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private BasketSettings settings() {
        MiningAlgorithm algorithm = MiningAlgorithm.fromCliName(algo);
        if (algorithm == null) {
            throw new BadParameterException("algo", "basket.param.algo", "must be fpgrowth, apriori or eclat, was "
                    + algo, algo);
        }
        return new BasketSettings(minSupport, minConfidence, minLength, maxLength, maxConsequent, algorithm,
                memoryCap == null ? BasketSettings.DEFAULT_MEMORY_CAP_MB : memoryCap);
    }

    private BasketBasis basis() {
        BasketBasis basis = BasketBasis.fromCliName(by);
        if (basis == null) {
            throw new BadParameterException("by", "basket.param.by", "must be order or customer, was " + by, by);
        }
        return basis;
    }

    private BasketFileFormat fileFormat() throws NoSuchFileException {
        String layout = format == null ? "" : format.trim().toLowerCase(java.util.Locale.ROOT);
        String sep = "\\t".equals(delimiter) || "tab".equalsIgnoreCase(delimiter) ? "\t" : delimiter;
        if (sep == null || sep.length() != 1) {
            throw new BadParameterException("delimiter", "basket.param.delimiter",
                    "must be one character (or \\t for a tab), was " + delimiter, String.valueOf(delimiter));
        }
        BasketFileFormat result;
        if ("basket".equals(layout)) {
            result = BasketFileFormat.basket(sep.charAt(0));
        } else if ("long".equals(layout)) {
            for (String[] column : new String[][] {{"transaction-col", transactionColumn}, {"item-col", itemColumn}}) {
                if (column[1] == null || column[1].isBlank()) {
                    throw new BadParameterException(column[0], "cli.value.columnNeeded",
                            "name the file's column with --" + column[0], "--" + column[0]);
                }
            }
            result = new BasketFileFormat(BasketFileFormat.Layout.LONG, sep.charAt(0), transactionColumn.trim(),
                    itemColumn.trim());
        } else {
            throw new BadParameterException("format", "basket.param.format", "must be basket or long, was " + format,
                    String.valueOf(format));
        }
        if (!Files.isRegularFile(input)) {
            throw new NoSuchFileException(input.toString());
        }
        return result;
    }

    private BasketRows read(Messages m, BasketFileFormat fileFormat, BasketBasis basis, TerminalProgress progress)
            throws IOException {
        if (input != null) {
            try {
                return new BasketWorkflow(null).readFile(input, fileFormat, progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
        }
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabase()) {
            BasketRows rows = new BasketWorkflow(db).readOrders(basis, progress);
            if (rows.size() == 0) {
                throw new DataProblemException(m.get("cli.rules.noLines", db.description()));
            }
            return rows;
        }
    }

    /** The filter the options ask for; an item is named by its id or its readable label. */
    private RuleFilter filter(Transactions transactions, BasketRows rows) {
        return new RuleFilter(items(transactions, rows, antecedentItems, "antecedent"),
                items(transactions, rows, consequentItems, "consequent"), minLift, nonRedundant);
    }

    private static Set<Integer> items(Transactions transactions, BasketRows rows, List<String> names,
                                      String parameter) {
        Set<Integer> items = new HashSet<>();
        for (String name : names) {
            int item = transactions.itemIndex(name.trim());
            for (var label : rows.itemLabels().entrySet()) {
                if (item < 0 && label.getValue().equalsIgnoreCase(name.trim())) {
                    item = transactions.itemIndex(label.getKey());
                }
            }
            if (item < 0) {
                throw new BadParameterException(parameter, "basket.param.unknownItem", "no item " + name
                        + " in the baskets", name.trim());
            }
            items.add(item);
        }
        return items;
    }
}
