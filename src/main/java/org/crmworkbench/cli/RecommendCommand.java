package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommendationSource;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.recommend.RecommendationFiles;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.workflow.RecommendSettings;
import org.crmworkbench.workflow.RecommendWorkflow;
import org.crmworkbench.work.BadParameterException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench recommend [--input ratings.csv | --db PATH] --algo NAME [...] (--user ID | --all) --n 10
 * --out FILE.csv}: fits a recommender and writes top-N lists with their source and explanation.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Mixin
    RecommendationSourceOptions source;

    @Option(names = "--algo", paramLabel = "NAME", defaultValue = "hybrid", descriptionKey = "recommend.algo")
    String algo;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "40", descriptionKey = "recommend.neighbours")
    int neighbours;

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

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "20", descriptionKey = "recommend.epochs")
    int epochs;

    @Option(names = "--solver", paramLabel = "NAME", descriptionKey = "recommend.solver")
    String solver;

    @Option(names = "--regularisation", paramLabel = "R", defaultValue = "0.05",
            descriptionKey = "recommend.regularisation")
    double regularisation;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "recommend.seed")
    long seed;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    @Option(names = "--cross-sell", paramLabel = "latest|none|RUN", defaultValue = "latest",
            descriptionKey = "recommend.crossSell")
    String crossSell;

    @Option(names = "--n", paramLabel = "N", defaultValue = "10", descriptionKey = "recommend.n")
    int n;

    @Option(names = "--save", descriptionKey = "recommend.save")
    boolean save;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "recommend.out")
    Path out;

    @Mixin
    PersonalDataOptions people;

    /** One customer or all of them. */
    static final class Who {
        @Option(names = "--user", paramLabel = "ID", required = true, descriptionKey = "recommend.user")
        String user;

        @Option(names = "--all", required = true, descriptionKey = "recommend.all")
        boolean all;
    }

    @Mixin
    EngineOptions engines;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        RecommendSettings settings = new RecommendSettings(recommender(), who.user, n);
        if (save && source.input != null) {
            throw new UsageException(m.get("cli.recommend.saveNeedsDb"));
        }
        PersonalDataPolicy policy = people.policy(context.home());
        RecommendWorkflow.checkEngine(engines.choice(), settings.recommender());
        try (FitEngine engine = engines.open(context.engines())) {
            return run(context, settings, policy, new RecommendWorkflow(m, engine));
        }
    }

    private Integer run(CliContext context, RecommendSettings settings, PersonalDataPolicy policy,
                        RecommendWorkflow workflow) throws Exception {
        Messages m = context.messages();
        PrintStream stdout = context.out();
        TerminalProgress progress = context.progress();
        try {
            long rulesRun = rulesRun();
            RecommendationCorpus corpus = source.read(parent, m, settings.recommender().algorithm()
                    == RecommenderAlgorithm.HYBRID ? rulesRun : RecommendWorkflow.NO_RULES, progress);
            workflow.check(corpus, settings);
            stdout.println(m.get("cli.recommend.data", corpus.ratings().size(), corpus.ratings().userCount(),
                    corpus.ratings().itemCount(), corpus.data().source()));
            if (!corpus.crossSell().isEmpty()) {
                stdout.println(m.get("cli.recommend.crossSell", corpus.crossSell().size(),
                        corpus.crossSell().runId()));
            }
            RecommendationRunRecord record = workflow.recommend(corpus, settings, progress).run();
            progress.finish();
            new RecommendationFiles().write(out, record, corpus.data(), policy);
            if (settings.everyCustomer()) {
                stdout.println(m.get("cli.recommend.lists", record.customers(), n));
            } else {
                printList(stdout, m, corpus, record.items(), new RecommendationWording(m));
            }
            if (save) {
                try (Database db = parent.openDatabase()) {
                    RecommendationRunRecord saved = workflow.save(db, record, progress);
                    stdout.println(m.get("cli.recommend.saved", saved.id()));
                }
            }
            stdout.println(m.get("cli.recommend.wrote", out.toAbsolutePath(), ""));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    /** The basket run whose rules the hybrid adds: latest (default), none, or a run id. */
    private long rulesRun() {
        String text = crossSell == null ? "" : crossSell.trim();
        if ("latest".equalsIgnoreCase(text)) {
            return RecommendWorkflow.LATEST_RULES;
        }
        if ("none".equalsIgnoreCase(text)) {
            return RecommendWorkflow.NO_RULES;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new BadParameterException("cross-sell", "recommend.crossSell.format",
                "must be latest, none or a saved basket run's id, was " + crossSell, crossSell);
    }

    private RecommenderSettings recommender() {
        RecommenderAlgorithm algorithm = RecommenderAlgorithm.parse("algo", algo);
        return RecommenderSettings.defaults(algorithm).withNeighbours(neighbours).withMinNeighbours(minNeighbours)
                .withSimilarity(Similarity.parse("similarity", similarity)).withShrinkage(shrinkage).withFactors(factors).withEpochs(epochs)
                .withSolver(solver != null ? FactorSolver.parse("solver", solver)
                        : engines.choice().kind() == EngineKind.SPARK ? FactorSolver.ALS : FactorSolver.SGD)
                .withRegularisation(regularisation).withSeed(seed);
    }

    private static void printList(PrintStream stdout, Messages m, RecommendationCorpus corpus,
                                  List<RecommendedItem> items, RecommendationWording wording) {
        for (RecommendedItem item : items) {
            int product = corpus.ratings().itemIndex(item.productId());
            String score = String.format(Locale.ROOT, item.scoreIsRating() ? "%.2f*" : "%.3f", item.score());
            stdout.println(m.get("cli.recommend.item", item.rank(), corpus.product(product).externalId(),
                    corpus.product(product).name(), score,
                    wording.source(RecommendationSource.valueOf(item.source())),
                    item.explanation()));
        }
    }
}
