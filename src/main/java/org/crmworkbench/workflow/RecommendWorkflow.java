package org.crmworkbench.workflow;

import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.recommend.FactorSolver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.recommend.HybridRecommender;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.recommend.RatingsFileReader;
import org.crmworkbench.data.recommend.RecommendationDataReader;
import org.crmworkbench.data.runs.BasketRunStore;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.present.recommend.RecommendationRuns;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Recommending, for the {@code recommend} verb and the Recommend workspace: read customers, products, ratings and
 * purchases (from the database or a ratings file), fit the chosen recommender, make one customer's or every
 * customer's top-N list with explanations in the reader's language, and store the lists as a run.
 */
public final class RecommendWorkflow {
    /** Reads the newest basket run made from the orders for the bought-together source. */
    public static final long LATEST_RULES = -1;
    /** Reads no basket run: the hybrid has no bought-together source. */
    public static final long NO_RULES = 0;

    private final RecommendationRuns runs;
    private final FitEngine engine;

    /** @param messages the language explanations are written in (they are stored with the run) */
    public RecommendWorkflow(Messages messages) {
        this(messages, new FitEngines().open(EngineChoice.local()));
    }

    /**
     * @param messages the language explanations are written in (they are stored with the run)
     * @param engine   where matrix factorisation is fitted (every other method is fitted in this process)
     */
    public RecommendWorkflow(Messages messages, FitEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.runs = new RecommendationRuns(new RecommendationWording(Objects.requireNonNull(messages, "messages")),
                AppVersion.current());
    }

    /**
     * Customers, products, ratings and purchases of the database, with the bought-together rules of its newest basket
     * run made from the orders (none when there is no such run).
     */
    public static RecommendationCorpus read(Database db, Progress progress) {
        return read(db, LATEST_RULES, progress);
    }

    /**
     * Customers, products, ratings and purchases of the database, with the bought-together rules of basket run
     * {@code rulesRun} ({@link #LATEST_RULES}, {@link #NO_RULES} or a run id).
     *
     * @throws BadParameterException naming {@code cross-sell} when there is no basket run with that id
     */
    public static RecommendationCorpus read(Database db, long rulesRun, Progress progress) {
        RecommendationCorpus corpus = RecommendationCorpus.of(new RecommendationDataReader(db).read(progress));
        BasketRunStore baskets = new BasketRunStore(db);
        if (rulesRun == NO_RULES) {
            return corpus;
        }
        if (rulesRun == LATEST_RULES) {
            for (BasketRunRecord run : baskets.list()) {
                if (!"file".equals(run.basis())) {
                    return corpus.withCrossSell(baskets.find(run.id()).orElse(null));
                }
            }
            return corpus;
        }
        BasketRunRecord run = baskets.find(rulesRun).orElseThrow(() -> new BadParameterException("cross-sell",
                "recommend.crossSell.unknown", "no saved basket run " + rulesRun, rulesRun));
        return corpus.withCrossSell(run);
    }

    /**
     * The ratings of a file ({@code user,item,rating[,date]}) on the scale {@code options} declare.
     *
     * @throws org.crmworkbench.data.imports.UnreadableFileException naming file, line, column and value
     */
    public static RecommendationCorpus read(Path ratingsFile, ImportOptions options, Progress progress)
            throws IOException {
        return RecommendationCorpus.of(new RatingsFileReader(options).read(ratingsFile, progress));
    }

    /**
     * Refuses methods the data cannot feed: content-based recommendation needs product texts, which a ratings file
     * does not have.
     *
     * @param parameter the parameter that named the methods ({@code algo}, {@code algos})
     */
    public static void checkFits(RecommendationCorpus corpus, List<RecommenderAlgorithm> algorithms,
                                 String parameter) {
        if (algorithms.contains(RecommenderAlgorithm.CONTENT) && corpus.input().texts().isEmpty()) {
            throw new BadParameterException(parameter, "recommend.content.noTexts",
                    "content-based recommendation needs product categories, tags or descriptions; this data has none",
                    corpus.data().source());
        }
    }

    /**
     * Checks that {@code settings} fit the data (the method can be fed, the customer exists) before anything is
     * fitted; returns the customer's matrix index, or -1 for every customer.
     */
    public int check(RecommendationCorpus corpus, RecommendSettings settings) {
        checkFits(corpus, List.of(settings.recommender().algorithm()), "algo");
        checkEngine(engine.choice(), settings.recommender());
        if (settings.everyCustomer()) {
            return -1;
        }
        int user = corpus.customerIndex(settings.customer());
        if (user < 0) {
            throw new BadParameterException("user", "recommend.user.unknown", "no customer " + settings.customer()
                    + " in " + corpus.data().source(), settings.customer(), corpus.data().source());
        }
        return user;
    }

    /**
     * Refuses what Spark does not fit: a method other than matrix factorisation, or factorisation by SGD.
     *
     * @throws BadParameterException on {@code engine} or {@code solver}
     */
    public static void checkEngine(EngineChoice engine, RecommenderSettings settings) {
        if (engine.kind() == EngineKind.LOCAL) {
            return;
        }
        if (settings.algorithm() != RecommenderAlgorithm.MF) {
            throw new BadParameterException("engine", "recommend.engine.mfOnly", "the Spark engine fits matrix"
                    + " factorisation only (--algo mf); run " + settings.algorithm().cliName()
                    + " on the local engine (--engine local)", settings.algorithm().cliName());
        }
        if (settings.solver() != FactorSolver.ALS) {
            throw new BadParameterException("solver", "recommend.engine.alsOnly", "the Spark engine solves matrix"
                    + " factorisation by ALS only; use --solver als");
        }
    }

    /** Fits the recommender {@code settings} describe and times the fit. */
    public FittedRecommender fit(RecommendationCorpus corpus, RecommenderSettings settings, Progress progress) {
        long start = System.nanoTime();
        Recommender recommender = settings.algorithm() == RecommenderAlgorithm.HYBRID
                ? HybridRecommender.standard(settings).withCrossSell(corpus.crossSell())
                : engine.recommender(settings);
        TrainedRecommender model = recommender.fit(corpus.input(), progress);
        return new FittedRecommender(settings, model, (System.nanoTime() - start) / 1e9);
    }

    /** Checks, fits and makes the lists {@code settings} ask for (nothing is stored). */
    public Recommended recommend(RecommendationCorpus corpus, RecommendSettings settings, Progress progress) {
        int user = check(corpus, settings);
        FittedRecommender fitted = fit(corpus, settings.recommender(), progress);
        RecommendationRunRecord run = user >= 0
                ? runs.one(corpus, fitted.model(), fitted.settings(), user, settings.n())
                : lists(corpus, fitted, settings.n(), progress);
        return new Recommended(corpus, fitted, run);
    }

    /** Every customer's top-{@code n} list from a fitted recommender. */
    public RecommendationRunRecord lists(RecommendationCorpus corpus, FittedRecommender fitted, int n,
                                         Progress progress) {
        RecommenderSettings.checked(RecommenderSettings.N, n);
        return runs.all(corpus, fitted.model(), fitted.settings(), n, progress);
    }

    /** Stores {@code run} in {@code db}; returns it with the id it was stored under. */
    public RecommendationRunRecord save(Database db, RecommendationRunRecord run, Progress progress) {
        return new RecommendationRunStore(db).save(run, progress);
    }
}
