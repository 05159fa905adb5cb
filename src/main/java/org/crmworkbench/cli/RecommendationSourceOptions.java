package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.RecommendWorkflow;
import picocli.CommandLine.Option;

/**
 * Where the recommendation verbs read their data: a ratings file ({@code --input}, with its rating scale) or the
 * database. Shared by {@code recommend} and {@code evaluate-recs} as a picocli mixin.
 */
final class RecommendationSourceOptions {
    private static final Pattern SCALE = Pattern.compile("\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*");

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "recommend.input")
    Path input;

    @Option(names = "--scale", paramLabel = "MIN..MAX", defaultValue = "1..5", descriptionKey = "recommend.scale")
    String scale;

    /** Reads the data (without bought-together rules) and checks there is something to recommend from. */
    RecommendationCorpus read(WorkbenchCommand parent, Messages m, Progress progress) throws IOException {
        return read(parent, m, RecommendWorkflow.NO_RULES, progress);
    }

    /**
     * Reads the data and checks there is something to recommend from; from the database, with the rules of basket
     * run {@code rulesRun} ({@link RecommendWorkflow#LATEST_RULES}, {@link RecommendWorkflow#NO_RULES} or an id).
     */
    RecommendationCorpus read(WorkbenchCommand parent, Messages m, long rulesRun, Progress progress)
            throws IOException {
        if (input != null) {
            try {
                return RecommendWorkflow.read(input, options(), progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
        }
        parent.requireExistingDatabase();
        RecommendationCorpus corpus;
        try (Database db = parent.openDatabase()) {
            corpus = RecommendWorkflow.read(db, rulesRun, progress);
        }
        if (corpus.ratings().size() == 0) {
            throw new DataProblemException(m.get("cli.recommend.noRatings", corpus.data().source()));
        }
        return corpus;
    }

    private ImportOptions options() {
        Matcher matcher = SCALE.matcher(scale);
        double lo;
        double hi;
        try {
            if (!matcher.matches()) {
                throw new NumberFormatException(scale);
            }
            lo = Double.parseDouble(matcher.group(1));
            hi = Double.parseDouble(matcher.group(2));
        } catch (NumberFormatException e) {
            throw new BadParameterException("scale", "recommend.scale.format",
                    "expected MIN..MAX such as 1..5 or 0.5..5, was " + scale, scale);
        }
        if (!(lo < hi)) {
            throw new BadParameterException("scale", "recommend.scale.format",
                    "expected MIN..MAX with MIN below MAX, was " + scale, scale);
        }
        ImportOptions d = ImportOptions.defaults();
        return new ImportOptions(d.skipBadRows(), d.rejectsFile(), lo, hi, d.slashedDates(), d.encoding(),
                d.delimiter(), d.maxProblems(), d.mapping());
    }
}
