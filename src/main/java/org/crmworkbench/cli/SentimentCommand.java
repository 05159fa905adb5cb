package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackPeriod;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.feedback.FeedbackCharts;
import org.crmworkbench.present.feedback.FeedbackFiles;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.FeedbackWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench sentiment [--input FILE --text-col T [--id-col I] [--date-col D] | --db PATH] [--lang auto|en|zh]
 * [--period week|month|quarter] [--topics 0] [--keywords 15] [--at-risk-days 180] [--top-spenders 20] [--save]
 * --out DIR}: the sentiment of every text (English by VADER, Chinese by the bundled model), keywords, topics, aspects,
 * what changed and the read-first list; writes sentiment.csv, keywords.csv, topics.csv, aspects.csv, changes.csv,
 * summary.json and the charts, prints the summary.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class SentimentCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "sentiment.input")
    Path input;

    @Option(names = "--text-col", paramLabel = "T", descriptionKey = "sentiment.textCol")
    String textColumn;

    @Option(names = "--id-col", paramLabel = "I", descriptionKey = "sentiment.idCol")
    String idColumn;

    @Option(names = "--date-col", paramLabel = "D", descriptionKey = "sentiment.dateCol")
    String dateColumn;

    @Option(names = "--lang", paramLabel = "auto|en|zh", defaultValue = "auto", descriptionKey = "sentiment.lang")
    String language;

    @Option(names = "--period", paramLabel = "week|month|quarter", defaultValue = "month",
            descriptionKey = "sentiment.period")
    String period;

    @Option(names = "--topics", paramLabel = "N", defaultValue = "0", descriptionKey = "sentiment.topics")
    int topics;

    @Option(names = "--keywords", paramLabel = "N", defaultValue = "15", descriptionKey = "sentiment.keywords")
    int keywords;

    @Option(names = "--at-risk-days", paramLabel = "DAYS", defaultValue = "180",
            descriptionKey = "sentiment.atRiskDays")
    int atRiskDays;

    @Option(names = "--top-spenders", paramLabel = "PERCENT", defaultValue = "20",
            descriptionKey = "sentiment.topSpenders")
    int topSpenders;

    @Option(names = "--save", descriptionKey = "sentiment.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "sentiment.out")
    Path out;

    @Mixin
    PersonalDataOptions people;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        FeedbackSettings settings = new FeedbackSettings(LanguageChoice.parse(language), FeedbackPeriod.parse(period),
                topics, keywords, atRiskDays, topSpenders);
        checkColumns();
        if (input != null && !Files.isRegularFile(input)) {
            throw new NoSuchFileException(input.toString());
        }
        PersonalDataPolicy policy = people.policy(context.home());
        TerminalProgress progress = context.progress();
        try {
            String[] source = new String[1];
            List<FeedbackText> texts = read(m, progress, source);
            FeedbackWorkflow workflow = new FeedbackWorkflow(null);
            List<ScoredFeedback> scored = workflow.score(texts, settings.language(), progress);
            FeedbackResult result = workflow.summarise(scored, FeedbackFilter.ALL, settings, progress);
            progress.finish();

            Path dir = parent.outputFolder(out);
            FeedbackRunRecord record = workflow.record(result, source[0], started);
            new FeedbackFiles().write(dir, record, policy);
            List<String> written = new ArrayList<>(List.of("sentiment.csv", "keywords.csv", "topics.csv",
                    "aspects.csv", "changes.csv", "summary.json"));
            written.addAll(ChartFiles.write(dir, new FeedbackCharts(m, policy).charts(record), m));
            stdout.println(m.get("cli.sentiment.read", texts.size(), source[0]));
            new SentimentReport(m, stdout).print(result);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new FeedbackWorkflow(db).save(record).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.predict.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    /** A file needs its text column; the column options mean nothing without a file. */
    private void checkColumns() {
        if (input != null && (textColumn == null || textColumn.isBlank())) {
            throw new BadParameterException("text-col", "cli.sentiment.textColNeeded",
                    "a text file needs --text-col naming the column that holds the texts");
        }
        if (input == null) {
            for (String[] column : new String[][] {{"text-col", textColumn}, {"id-col", idColumn},
                    {"date-col", dateColumn}}) {
                if (column[1] != null) {
                    throw new BadParameterException(column[0], "cli.sentiment.columnWithoutInput",
                            "--" + column[0] + " names a column of an --input file; without --input the stored "
                                    + "feedback is read", "--" + column[0]);
                }
            }
        }
    }

    private List<FeedbackText> read(Messages m, TerminalProgress progress, String[] source) throws IOException {
        if (input != null) {
            try {
                source[0] = input.getFileName().toString();
                return new FeedbackWorkflow(null).readFile(input, textColumn.trim(), idColumn, dateColumn,
                        progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
        }
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabase()) {
            source[0] = db.description();
            List<FeedbackText> texts = new FeedbackWorkflow(db).readStored(progress);
            if (texts.isEmpty()) {
                throw new DataProblemException(m.get("cli.sentiment.noFeedback", db.description()));
            }
            return texts;
        }
    }
}
