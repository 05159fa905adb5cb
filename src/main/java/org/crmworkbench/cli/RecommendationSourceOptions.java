package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.data.recommend.RatingsFileReader;
import org.crmworkbench.data.recommend.RecommendationDataReader;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
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

    /** Reads the data and checks there is something to recommend from. */
    RecommendationCorpus read(WorkbenchCommand parent, Messages m, Progress progress) throws IOException {
        RecommendationData data;
        if (input != null) {
            try {
                data = new RatingsFileReader(options()).read(input, progress);
            } catch (UnreadableFileException e) {
                throw new DataProblemException(e.problem().describe(m));
            }
        } else {
            Path path = parent.databasePath();
            if (!Database.exists(path)) {
                throw new UsageException(m.get("cli.info.noDatabase", path.toAbsolutePath()));
            }
            try (Database db = parent.openDatabase()) {
                data = new RecommendationDataReader(db).read(progress);
            }
            if (data.ratings().size() == 0) {
                throw new DataProblemException(m.get("cli.recommend.noRatings", data.source()));
            }
        }
        return RecommendationCorpus.of(data);
    }

    /**
     * Refuses methods the data cannot feed: content-based recommendation needs product texts, which a ratings file
     * does not have.
     */
    static void checkFits(RecommendationCorpus corpus, List<RecommenderAlgorithm> algorithms, String parameter) {
        if (algorithms.contains(RecommenderAlgorithm.CONTENT) && corpus.input().texts().isEmpty()) {
            throw new BadParameterException(parameter, "recommend.content.noTexts",
                    "content-based recommendation needs product categories, tags or descriptions; this data has none",
                    corpus.data().source());
        }
    }

    /** Says so when the temporal split has to fall back to product order for ratings without a time. */
    static void warnUntimed(RecommendationCorpus corpus, SplitKind split, Messages m, java.io.PrintStream err) {
        if (split != SplitKind.TEMPORAL) {
            return;
        }
        long untimed = java.util.Arrays.stream(corpus.data().ratings().ratedAtEpochSeconds())
                .filter(t -> t == RatingRows.UNKNOWN_TIME).count();
        if (untimed > 0) {
            err.println(m.get("cli.evaluate.untimed", untimed, corpus.data().ratings().size()));
        }
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
