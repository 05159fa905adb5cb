package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.recommend.EvaluationFiles;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.workflow.Comparison;
import org.crmworkbench.workflow.ComparisonSettings;
import org.crmworkbench.workflow.RecommenderEvaluationWorkflow;
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

    @Option(names = "--neighbours", paramLabel = "K,K,...", split = ",", defaultValue = "40",
            descriptionKey = "evaluate.neighbours")
    List<Integer> neighbours;

    @Option(names = "--min-neighbours", paramLabel = "K", defaultValue = "3",
            descriptionKey = "recommend.minNeighbours")
    int minNeighbours;

    @Option(names = "--similarity", paramLabel = "NAME", defaultValue = "pearson_baseline",
            descriptionKey = "recommend.similarity")
    String similarity;

    @Option(names = "--shrinkage", paramLabel = "N", defaultValue = "100", descriptionKey = "recommend.shrinkage")
    double shrinkage;

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

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        EvaluationSettings evaluation = new EvaluationSettings(SplitKind.parse("split", split), testShare, last, folds,
                n, relevant, seed);
        ComparisonSettings settings = ComparisonSettings.of(algos, neighbours,
                Similarity.parse("similarity", similarity), minNeighbours, shrinkage, factors, seed, evaluation);
        if (save && source.input != null) {
            throw new UsageException(m.get("cli.evaluate.saveNeedsDb"));
        }
        EngineChoice engineChoice = engines.choice();
        if (engineChoice.kind() != EngineKind.LOCAL && !settings.algorithms().contains(RecommenderAlgorithm.MF)) {
            throw new BadParameterException("engine", "evaluate.engine.noMf", "the Spark engine fits matrix"
                    + " factorisation (mf) only, which --algos does not list; add mf or leave --engine out");
        }
        if (engineChoice.kind() != EngineKind.LOCAL) { // Spark factorises by ALS, and the saved run says so
            settings = new ComparisonSettings(settings.methods().stream().map(s -> s.algorithm()
                    == RecommenderAlgorithm.MF ? s.withSolver(FactorSolver.ALS) : s).toList(), settings.evaluation());
        }
        try (FitEngine engine = engines.open(context.engines())) {
            EvaluationBench bench = new EvaluationBench(Runtime.getRuntime().availableProcessors(),
                    engine::recommender);
            return run(context, evaluation, settings, new RecommenderEvaluationWorkflow(bench));
        }
    }

    private Integer run(CliContext context, EvaluationSettings evaluation, ComparisonSettings settings,
                        RecommenderEvaluationWorkflow workflow) throws Exception {
        Messages m = context.messages();
        PrintStream stdout = context.out();
        TerminalProgress progress = context.progress();
        try {
            RecommendationCorpus corpus = source.read(parent, m, progress);
            workflow.check(corpus, settings);
            long untimed = RecommenderEvaluationWorkflow.untimedRatings(corpus, evaluation.split());
            if (untimed > 0) {
                context.err().println(m.get("cli.evaluate.untimed", untimed, corpus.ratings().size()));
            }
            stdout.println(m.get("cli.recommend.data", corpus.ratings().size(), corpus.ratings().userCount(),
                    corpus.ratings().itemCount(), corpus.data().source()));
            Comparison comparison = workflow.compare(corpus, settings, progress);
            progress.finish();
            List<AlgorithmScores> scores = comparison.scores();
            List<NeighbourPoint> curve = comparison.curve();
            Path dir = parent.outputFolder(out);
            EvaluationFiles files = new EvaluationFiles();
            files.writeMetrics(dir.resolve("metrics.csv"), scores);
            List<String> written = new ArrayList<>(List.of("metrics.csv"));
            if (!curve.isEmpty()) {
                files.writeNeighbours(dir.resolve("neighbours.csv"), curve);
                written.add("neighbours.csv");
            }
            RecommendCharts charts = new RecommendCharts(m);
            String dataName = comparison.dataSource();
            written.addAll(writeChart(dir, charts.comparison(scores, dataName), "comparison"));
            if (!curve.isEmpty()) {
                written.addAll(writeChart(dir, charts.neighbourCurve(curve, -1, dataName), "neighbours"));
            }
            for (AlgorithmScores s : scores) {
                stdout.println(m.get("cli.evaluate.line", s.algorithm().cliName(), s.parameters(), fmt(s.rmse()),
                        fmt(s.mae()), fmt(s.precision()), fmt(s.recall()), fmt(s.ndcg()), fmt(s.coverage()), n));
            }
            if (save) {
                try (Database db = parent.openDatabase()) {
                    long id = workflow.save(db, comparison).id();
                    stdout.println(m.get("cli.predict.saved", id));
                }
            }
            stdout.println(m.get("cli.recommend.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private List<String> writeChart(Path dir, JFreeChart chart, String name) throws java.io.IOException {
        ChartExporter exporter = new ChartExporter();
        List<String> names = new ArrayList<>();
        for (ChartFormat format : List.of(ChartFormat.PNG, ChartFormat.SVG)) {
            String file = name + "." + format.name().toLowerCase(Locale.ROOT);
            exporter.export(chart, format, dir.resolve(file), CHART_WIDTH, CHART_HEIGHT, PNG_DPI);
            names.add(file);
        }
        return names;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
