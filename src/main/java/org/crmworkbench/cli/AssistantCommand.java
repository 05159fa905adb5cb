package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.present.assistant.AssistantCharts;
import org.crmworkbench.present.assistant.AssistantFiles;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.AssistantWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench assistant [--kb FILE] [--ask "question" ... | --evaluate TEST_FILE] [--oos-label LABEL]
 * [--threshold T] [--margin M] [--wrong-answer-cost C] [--save] [--out DIR]}: learns the knowledge base (a file, or the one
 * stored in {@code --db}); {@code --ask} prints each answer with its intent, confidence and runners-up;
 * {@code --evaluate} scores a labelled test file, and with neither the knowledge base is cross-validated; an
 * evaluation prints its figures and, with {@code --out}, writes metrics.json, predictions.csv, intents.csv and the
 * charts.
 */
@Command(name = "assistant", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class AssistantCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--kb", paramLabel = "FILE", descriptionKey = "assistant.kb")
    Path knowledgeFile;

    @Option(names = "--ask", paramLabel = "QUESTION", descriptionKey = "assistant.ask")
    List<String> questions = new ArrayList<>();

    @Option(names = "--evaluate", paramLabel = "TEST_FILE", descriptionKey = "assistant.evaluate")
    Path testFile;

    @Option(names = "--oos-label", paramLabel = "LABEL", defaultValue = AssistantSettings.DEFAULT_OOS_LABEL,
            descriptionKey = "assistant.oosLabel")
    String oosLabel;

    @Option(names = "--threshold", paramLabel = "T", descriptionKey = "assistant.threshold")
    Double threshold;

    @Option(names = "--margin", paramLabel = "M", descriptionKey = "assistant.margin")
    Double margin;

    @Option(names = "--wrong-answer-cost", paramLabel = "C", defaultValue = "1", descriptionKey = "assistant.wrongCost")
    double wrongCost;

    @Option(names = "--save", descriptionKey = "assistant.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "assistant.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        AssistantSettings settings = new AssistantSettings(threshold == null ? Double.NaN : threshold,
                margin == null ? Double.NaN : margin, oosLabel, AssistantSettings.DEFAULT_FOLDS, wrongCost,
                AssistantSettings.DEFAULT_SEED);
        checkOptions();
        TerminalProgress progress = context.progress();
        try {
            AssistantWorkflow workflow = new AssistantWorkflow(null);
            String[] source = new String[1];
            List<KnowledgeEntry> knowledge = readKnowledge(workflow, m, progress, source);
            List<KnowledgeEntry> test = testFile == null ? null : readFile(workflow, testFile, m, progress);
            TrainedAssistant assistant = workflow.train(knowledge, settings, progress);
            progress.finish();
            AssistantReport report = new AssistantReport(m, stdout);
            report.printTraining(assistant, source[0]);
            if (!questions.isEmpty()) {
                for (String question : questions) {
                    report.printAnswer(workflow.ask(assistant, question), settings.oosLabel());
                }
                return ExitCode.OK;
            }
            EvaluationResult result = test == null ? workflow.crossValidated(assistant)
                    : workflow.evaluate(assistant, test, progress);
            progress.finish();
            report.printEvaluation(result, test == null ? null : testFile.getFileName().toString());
            AssistantRunRecord record = workflow.record(result, assistant, source[0],
                    test == null ? null : testFile.getFileName().toString(), started);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new AssistantWorkflow(db).save(record).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            if (out != null) {
                Path dir = parent.outputFolder(out);
                new AssistantFiles().write(dir, record);
                List<String> written = new ArrayList<>(List.of("metrics.json", "predictions.csv", "intents.csv"));
                written.addAll(ChartFiles.write(dir, new AssistantCharts(m).charts(record), m));
                stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            }
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private void checkOptions() throws NoSuchFileException {
        if (!questions.isEmpty() && testFile != null) {
            throw new BadParameterException("ask", "cli.assistant.askOrEvaluate",
                    "give questions with --ask or a test file with --evaluate, not both");
        }
        for (String question : questions) {
            if (question.isBlank()) {
                throw new BadParameterException("ask", "cli.assistant.emptyQuestion",
                        "--ask needs a question in quotes, such as --ask \"where is my order\"");
            }
        }
        if (!questions.isEmpty() && (save || out != null)) {
            throw new BadParameterException(save ? "save" : "out", "cli.assistant.askWritesNothing",
                    "--ask prints answers only; --save and --out belong to an evaluation (--evaluate, or neither)");
        }
        for (Path file : new Path[] {knowledgeFile, testFile}) {
            if (file != null && !Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
        }
    }

    private List<KnowledgeEntry> readKnowledge(AssistantWorkflow workflow, Messages m, TerminalProgress progress,
                                               String[] source) throws java.io.IOException {
        if (knowledgeFile != null) {
            source[0] = knowledgeFile.getFileName().toString();
            return readFile(workflow, knowledgeFile, m, progress);
        }
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabaseReadOnly()) {
            source[0] = db.description();
            List<KnowledgeEntry> stored = new AssistantWorkflow(db).readStored();
            if (stored.isEmpty()) {
                throw new DataProblemException(m.get("cli.assistant.noKnowledge", db.description()));
            }
            return stored;
        }
    }

    private static List<KnowledgeEntry> readFile(AssistantWorkflow workflow, Path file, Messages m,
                                                 TerminalProgress progress) throws java.io.IOException {
        try {
            return workflow.readFile(file, progress);
        } catch (UnreadableFileException e) {
            throw new DataProblemException(e.problem().describe(m));
        }
    }
}
