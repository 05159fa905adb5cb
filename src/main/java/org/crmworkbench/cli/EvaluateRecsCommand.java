package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.recommend.EvaluationFiles;
import org.crmworkbench.present.recommend.EvaluationRecords;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.work.BadParameterException;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench evaluate-recs [--input ratings.csv | --db PATH] --algos a,b,c --split random|temporal|kfold
 * [--folds 5] [--neighbours 10,20,40,80] [--seed S] --out DIR}: compares recommenders on held-out ratings and writes
 * metrics.csv, neighbours.csv and the comparison and neighbour-curve charts. kNN methods are evaluated at every
 * neighbour count given, the others once.
 */
@Command(name = "evaluate-recs", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class EvaluateRecsCommand implements Callable<Integer> {
    private static final double CHART_WIDTH = 720;
    private static final double CHART_HEIGHT = 480;
    private static final int PNG_DPI = 144;

    @ParentCommand
    WorkbenchCommand parent;

    @Mixin
    RecommendationSourceOptions source;

    @Option(names = "--algos", paramLabel = "a,b,c", split = ",", defaultValue = "baseline,userknn,itemknn,mf",
            descriptionKey = "evaluate.algos")
    List<String> algos;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "random", descriptionKey = "evaluate.split")
    String split;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", descriptionKey = "evaluate.folds")
    int folds;

    @Option(names = "--test-share", paramLabel = "F", defaultValue = "0.2", descriptionKey = "evaluate.testShare")
    double testShare;

    @Option(names = "--last", paramLabel = "N", defaultValue = "5", descriptionKey = "evaluate.last")
    int last;

    @Option(names = "--neighbours", paramLabel = "K,K,...", split = ",", defaultValue = "20",
            descriptionKey = "evaluate.neighbours")
    List<Integer> neighbours;

    @Option(names = "--similarity", paramLabel = "NAME", defaultValue = "cosine",
            descriptionKey = "recommend.similarity")
    String similarity;

    @Option(names = "--factors", paramLabel = "F", defaultValue = "20", descriptionKey = "recommend.factors")
    int factors;

    @Option(names = "--n", paramLabel = "N", defaultValue = "10", descriptionKey = "evaluate.n")
    int n;

    @Option(names = "--relevant", paramLabel = "R", defaultValue = "4", descriptionKey = "evaluate.relevant")
    double relevant;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "recommend.seed")
    long seed;

    @Option(names = "--save", descriptionKey = "evaluate.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "evaluate.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        EvaluationSettings evaluation = new EvaluationSettings(SplitKind.parse("split", split), testShare, last, folds,
                n, relevant, seed);
        List<RecommenderSettings> methods = methods();
        if (save && source.input != null) {
            throw new UsageException(m.get("cli.evaluate.saveNeedsDb"));
        }
        Instant started = Instant.now();
        TerminalProgress progress = context.progress();
        try {
            RecommendationCorpus corpus = source.read(parent, m, progress);
            RecommendationSourceOptions.checkFits(corpus, methods.stream().map(RecommenderSettings::algorithm).toList(),
                    "algos");
            RecommendationSourceOptions.warnUntimed(corpus, evaluation.split(), m, context.err());
            stdout.println(m.get("cli.recommend.data", corpus.ratings().size(), corpus.ratings().userCount(),
                    corpus.ratings().itemCount(), corpus.data().source()));
            List<AlgorithmScores> scores = new EvaluationBench().compare(corpus.input(), methods, evaluation,
                    progress);
            progress.finish();
            List<NeighbourPoint> curve = new ArrayList<>();
            for (AlgorithmScores s : scores) {
                if (s.algorithm().usesNeighbours()) {
                    curve.add(new NeighbourPoint(s.algorithm(), s.settings().neighbours(), s.rmse(), s.precision(),
                            s.n()));
                }
            }
            Files.createDirectories(out);
            EvaluationFiles files = new EvaluationFiles();
            files.writeMetrics(out.resolve("metrics.csv"), scores);
            List<String> written = new ArrayList<>(List.of("metrics.csv"));
            if (!curve.isEmpty()) {
                files.writeNeighbours(out.resolve("neighbours.csv"), curve);
                written.add("neighbours.csv");
            }
            RecommendCharts charts = new RecommendCharts(m);
            String dataName = corpus.data().source();
            written.addAll(writeChart(charts.comparison(scores, dataName), "comparison"));
            if (!curve.isEmpty()) {
                written.addAll(writeChart(charts.neighbourCurve(curve, -1, dataName), "neighbours"));
            }
            for (AlgorithmScores s : scores) {
                stdout.println(m.get("cli.evaluate.line", s.algorithm().cliName(), s.parameters(), fmt(s.rmse()),
                        fmt(s.mae()), fmt(s.precision()), fmt(s.recall()), fmt(s.ndcg()), fmt(s.coverage()), n));
            }
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = new EvaluationRunStore(db).save(EvaluationRecords.of(scores, evaluation, dataName,
                            started, AppVersion.current())).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.recommend.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private List<String> writeChart(JFreeChart chart, String name) throws java.io.IOException {
        ChartExporter exporter = new ChartExporter();
        List<String> names = new ArrayList<>();
        for (ChartFormat format : List.of(ChartFormat.PNG, ChartFormat.SVG)) {
            String file = name + "." + format.name().toLowerCase(Locale.ROOT);
            exporter.export(chart, format, out.resolve(file), CHART_WIDTH, CHART_HEIGHT, PNG_DPI);
            names.add(file);
        }
        return names;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private List<RecommenderSettings> methods() {
        Similarity sim = Similarity.parse("similarity", similarity);
        if (neighbours == null || neighbours.isEmpty()) {
            neighbours = List.of(20);
        }
        List<RecommenderSettings> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(algos)) {
            RecommenderAlgorithm a = RecommenderAlgorithm.parse("algos", name);
            RecommenderSettings base = RecommenderSettings.defaults(a).withSimilarity(sim).withFactors(factors)
                    .withSeed(seed);
            if (a.usesNeighbours()) {
                for (int k : new LinkedHashSet<>(neighbours)) {
                    out.add(base.withNeighbours(k));
                }
            } else {
                out.add(base.withNeighbours(neighbours.get(0)));
            }
        }
        if (out.isEmpty()) {
            throw new BadParameterException("algos", "recommend.algo.unknown", "no method given", "");
        }
        return out;
    }
}
