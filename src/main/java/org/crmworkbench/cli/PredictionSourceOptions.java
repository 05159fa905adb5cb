package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerHistoryReader;
import org.crmworkbench.data.features.FeatureFile;
import org.crmworkbench.data.features.FeatureFileReader;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.PredictionRows;
import org.crmworkbench.workflow.PredictionWorkflow;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code regress} and {@code classify} read their rows and how they evaluate: a CSV/XLSX file ({@code --input},
 * every row scored by the final model) or the database's customer history (features before a cutoff, outcomes in
 * the last {@code --window-days}; today's customers scored). Shared as a picocli mixin.
 */
final class PredictionSourceOptions {

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "predict.input")
    Path input;

    @Option(names = "--target", paramLabel = "COL", descriptionKey = "predict.target")
    String target;

    @Option(names = "--features", paramLabel = "a,b,c", split = ",", descriptionKey = "predict.features")
    List<String> features;

    @Option(names = "--trees", paramLabel = "T", defaultValue = "200", descriptionKey = "predict.trees")
    int trees;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", descriptionKey = "predict.folds")
    int folds;

    @Option(names = "--test-share", paramLabel = "S", defaultValue = "0.25", descriptionKey = "predict.testShare")
    double testShare;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "predict.seed")
    long seed;

    @Option(names = "--window-days", paramLabel = "N", descriptionKey = "predict.windowDays")
    Integer windowDays;

    @Option(names = "--compare", descriptionKey = "predict.compare")
    boolean compare;

    @Option(names = "--save", descriptionKey = "predict.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "predict.out")
    Path out;

    @Mixin
    PseudonymOptions pseudonyms;

    /** Checks the options that need no data; call before any reading. */
    Evaluation check(Messages m) {
        if (input != null && save) {
            throw new UsageException(m.get("cli.predict.saveNeedsDb"));
        }
        if (input != null && windowDays != null) {
            throw new UsageException(m.get("cli.predict.windowNeedsDb"));
        }
        if (input != null && (target == null || target.isBlank())) {
            throw new BadParameterException("target", "cli.predict.targetNeeded",
                    "name the column to predict; with --input there is no default", input.getFileName());
        }
        return new Evaluation(testShare, folds, seed);
    }

    /** The window of the outcomes read from the database. */
    int window() {
        return windowDays == null ? CustomerHistoryReader.DEFAULT_WINDOW_DAYS : windowDays;
    }

    /** Reads and prepares the rows; {@code defaultTarget} is used with the database when no target is named. */
    PredictionRows read(WorkbenchCommand parent, Messages m, Progress progress, String defaultTarget)
            throws IOException {
        boolean defaults = features == null || features.isEmpty();
        List<String> chosen = defaults ? null : features.stream().map(String::trim).toList();
        if (input != null) {
            FeatureFile file;
            try {
                file = new FeatureFileReader().read(input, progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
            String column = target.trim();
            file.whyNotNumeric(column).ifPresent(p -> {
                throw new DataProblemException(m.get("cli.predict.targetNotNumeric", column, p.describe(m)));
            });
            if (defaults) {
                chosen = file.table().numeric().stream().map(FeatureTable.NumericColumn::name)
                        .filter(n -> !n.equals(column)).toList();
            }
            for (String f : chosen) {
                if (file.table().category(f).isEmpty()) {
                    file.whyNotNumeric(f).ifPresent(p -> {
                        throw new DataProblemException(m.get("cli.predict.featureNotNumeric", f, p.describe(m),
                                FeatureFileReader.MAX_LEVELS));
                    });
                }
            }
            return PredictionRows.ofTable(file.table(), column, chosen, defaults);
        }
        parent.requireExistingDatabase();
        CustomerHistory history;
        try (Database db = parent.openDatabase()) {
            history = PredictionWorkflow.readHistory(db, window(), progress);
        }
        if (history.atCutoff().table().rowCount() == 0) {
            throw new DataProblemException(m.get("cli.segment.noCustomers", parent.databaseAddress().description()));
        }
        String column = target == null || target.isBlank() ? defaultTarget : target.trim();
        return PredictionRows.ofHistory(history, column, chosen);
    }
}
