package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.PredictionRows;
import org.crmworkbench.workflow.PredictionTask;
import org.crmworkbench.workflow.PredictionWorkflow;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code regress} and {@code classify} share: check the options, read the rows, compare and fit through the
 * {@link PredictionWorkflow}, score, write the files and charts, print, and save the run when asked. The commands
 * add their model options and say how their results are written and printed.
 *
 * @param <S> settings of one model
 * @param <R> a fitted model with its evaluation
 * @param <C> one row of the model comparison
 */
abstract class PredictionCommand<S, R, C> implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Mixin
    PredictionSourceOptions source;

    /** What one run of the command found, handed to the command's writing and printing. */
    record Outcome<R, C>(PredictionRows in, R result, List<C> comparison, double[] values, double threshold) {
    }

    /** The settings of the command's options; throws a {@code BadParameterException} naming a bad option. */
    abstract S settings();

    abstract PredictionTask<S, R, C> task();

    /** The target read from the database when {@code --target} is not given. */
    abstract String defaultTarget();

    /** Lines printed after the data's description, before the fit (none by default). */
    void describe(Messages m, PrintStream out, PredictionRows in) {
    }

    /** Called with every scored row before anything is written (the classifier finds each row's factors). */
    void scored(R result, double[][] rows, Progress progress) {
    }

    /** The threshold that calls a score positive; NaN for a regression. */
    double threshold(R result) {
        return Double.NaN;
    }

    /** Writes the command's files into {@code dir}; returns their names in order. */
    abstract List<String> write(PredictFiles files, Path dir, Outcome<R, C> outcome, String metrics)
            throws java.io.IOException;

    /** What the command prints about the fit, after the files are written. */
    abstract void print(Messages m, PrintStream out, PredictionReport report, Outcome<R, C> outcome);

    /** How the rows' ids are written (as they are, or pseudonymized); set when the command starts. */
    PersonalDataPolicy people = PersonalDataPolicy.masked();

    /** The scored rows' ids as {@link #people} writes them. */
    List<String> ids(PredictionRows in) {
        return in.scoring().rowIds().stream().map(people::id).toList();
    }

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        CliContext context = parent.context();
        people = source.pseudonyms.policy(context.home(), false);
        S settings = settings();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Evaluation evaluation = source.check(m);
        TerminalProgress progress = context.progress();
        try {
            PredictionRows in = source.read(parent, m, progress, defaultTarget());
            PredictionReport report = new PredictionReport(m, stdout);
            report.data(in);
            describe(m, stdout, in);
            PredictionWorkflow<S, R, C> workflow = new PredictionWorkflow<>(task(), evaluation);
            List<C> comparison = source.compare ? workflow.compare(in.data(), settings, progress) : List.of();
            R result = workflow.fit(in.data(), settings, progress);
            double[][] rows = workflow.encode(result, in.scoring());
            double[] values = workflow.score(result, rows);
            scored(result, rows, progress);
            progress.finish();

            Outcome<R, C> outcome = new Outcome<>(in, result, comparison, values, threshold(result));
            Path dir = parent.outputFolder(source.out);
            PredictFiles files = new PredictFiles();
            String metrics = workflow.metrics(result, outcome.threshold(), comparison);
            List<String> written = new ArrayList<>(write(files, dir, outcome, metrics));
            written.addAll(ChartFiles.write(dir, workflow.charts(new PredictCharts(m), result, comparison), m));

            print(m, stdout, report, outcome);
            if (source.save) {
                PredictionRunRecord run = workflow.run(result, in.history(), metrics, values, started);
                try (Database db = parent.openDatabase()) {
                    stdout.println(m.get("cli.predict.saved", workflow.save(db, run).id()));
                }
            }
            stdout.println(m.get("cli.predict.wrote", source.out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }
}
