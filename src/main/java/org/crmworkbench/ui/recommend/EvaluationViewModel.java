package org.crmworkbench.ui.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.EvaluationRecords;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;

/**
 * The Evaluation tab's state: how ratings are held out, which methods to compare and the comparison's scores; and
 * the neighbour curve, whose k slider evaluates one k in the background (the newest evaluation replacing and
 * cancelling the one before) and keeps every point it has seen. FX thread only.
 */
public final class EvaluationViewModel {
    /** The ks the sweep fills in. */
    public static final List<Integer> SWEEP = List.of(5, 10, 20, 40, 80);
    static final String CURVE_KEY = "recommend.curve";

    private final JobRunner jobs;
    private final RecommenderBench bench;
    private final Debounce debounce;
    private final Supplier<RecommendationCorpus> corpus;
    private final Supplier<RecommenderSettings> model;
    private final Consumer<Notice> notices;
    private final Supplier<Messages> messages;

    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(this, "split", SplitKind.RANDOM);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);
    private final ObservableList<MethodChoice> methods = FXCollections.observableArrayList();
    private final ObservableList<AlgorithmScores> scores = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyBooleanWrapper savingEvaluation = new ReadOnlyBooleanWrapper(this, "savingEvaluation");
    private final ReadOnlyLongWrapper savedEvaluation = new ReadOnlyLongWrapper(this, "savedEvaluation");
    /** How the scores shown were made: settings, data source and start time, for saving them. */
    private Compared compared;

    private final ObjectProperty<RecommenderAlgorithm> curveMethod =
            new SimpleObjectProperty<>(this, "curveMethod", RecommenderAlgorithm.ITEM_KNN);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 20);
    private final ObservableList<NeighbourPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper evaluatingK = new ReadOnlyBooleanWrapper(this, "evaluatingK");
    private final Map<PointKey, NeighbourPoint> cache = new HashMap<>();

    private record PointKey(RecommenderSettings knn, EvaluationSettings settings) {
    }

    private record Compared(EvaluationSettings settings, String source, Instant startedAt) {
    }

    EvaluationViewModel(JobRunner jobs, RecommenderBench bench, Debounce debounce,
                        Supplier<RecommendationCorpus> corpus, Supplier<RecommenderSettings> model,
                        Consumer<Notice> notices, Supplier<Messages> messages) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.bench = Objects.requireNonNull(bench, "bench");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.corpus = corpus;
        this.model = model;
        this.notices = notices;
        this.messages = messages;
        for (RecommenderAlgorithm a : RecommenderAlgorithm.values()) {
            methods.add(new MethodChoice(a, a == RecommenderAlgorithm.POPULAR || a == RecommenderAlgorithm.BASELINE
                    || a.usesNeighbours() || a == RecommenderAlgorithm.MF || a == RecommenderAlgorithm.HYBRID));
        }
        split.addListener((o, a, b) -> showPoints());
        folds.addListener((o, a, b) -> showPoints());
        n.addListener((o, a, b) -> showPoints());
        curveMethod.addListener((o, a, b) -> kChanged());
        k.addListener((o, a, b) -> kChanged());
    }

    /** The evaluation settings the tab asks for, or null (with a notice) when one is out of range. */
    EvaluationSettings settings() {
        try {
            return current();
        } catch (BadParameterException e) {
            notices.accept(Notice.error(e.messageKey(), e.args()));
            return null;
        }
    }

    /** The tab's settings with the model form's seed, so the splits are as repeatable as the model. */
    private EvaluationSettings current() {
        RecommenderSettings base = model.get();
        EvaluationSettings settings = EvaluationSettings.defaults().withSplit(split.get()).withFolds(folds.get())
                .withN(n.get());
        return base == null ? settings : settings.withSeed(base.seed());
    }

    /** Evaluates every ticked method on the same splits in the background. */
    public void compare() {
        RecommendationCorpus c = corpus.get();
        EvaluationSettings settings = settings();
        RecommenderSettings base = model.get();
        if (c == null || settings == null || base == null) {
            return;
        }
        List<RecommenderSettings> chosen = methods.stream().filter(MethodChoice::isSelected)
                .map(m -> base.withAlgorithm(m.algorithm())).toList();
        if (chosen.isEmpty()) {
            notices.accept(Notice.error("recommend.notice.noMethods"));
            return;
        }
        comparing.set(true);
        Instant started = Instant.now();
        jobs.job("job.recommend.compare", progress -> bench.compare(c.input(), chosen, settings, progress))
                .nameArgs(chosen.size()).replacing("recommend.compare")
                .onSuccess(result -> {
                    comparing.set(false);
                    if (corpus.get() == c) {
                        compared = new Compared(settings, c.data().source(), started);
                        savedEvaluation.set(0);
                        scores.setAll(result);
                    }
                })
                .onFailure(error -> {
                    comparing.set(false);
                    failed(error);
                })
                .onCancelled(() -> comparing.set(false))
                .start();
    }

    /**
     * Stores the comparison shown in {@code db} as a recommendation evaluation run (for reports) in the
     * background, and says under which id.
     */
    public void saveComparison(Database db) {
        Compared how = compared;
        List<AlgorithmScores> shown = List.copyOf(scores);
        if (db == null || how == null || shown.isEmpty() || savingEvaluation.get()) {
            return;
        }
        savingEvaluation.set(true);
        jobs.job("job.recommend.saveEvaluation", progress -> new EvaluationRunStore(db).save(
                        EvaluationRecords.of(shown, how.settings(), how.source(), how.startedAt(),
                                AppVersion.current())))
                .onSuccess(stored -> {
                    savingEvaluation.set(false);
                    savedEvaluation.set(stored.id());
                    notices.accept(Notice.info("recommend.notice.evaluationSaved", stored.id(),
                            stored.scores().size()));
                })
                .onFailure(error -> {
                    savingEvaluation.set(false);
                    notices.accept(Notice.error("recommend.notice.evaluationSaveFailed",
                            RecommendErrors.text(error, messages.get())));
                })
                .onCancelled(() -> savingEvaluation.set(false))
                .start();
    }

    private void kChanged() {
        debounce.restart(this::evaluateK);
    }

    /** Evaluates the curve's method at the slider's k, from the cache when this point was seen. */
    public void evaluateK() {
        RecommendationCorpus c = corpus.get();
        EvaluationSettings settings = settings();
        RecommenderSettings base = model.get();
        if (c == null || settings == null || base == null) {
            return;
        }
        RecommenderSettings knn = base.withAlgorithm(curveMethod.get()).withNeighbours(k.get());
        PointKey key = new PointKey(knn, settings);
        if (cache.containsKey(key)) {
            showPoints();
            return;
        }
        evaluatingK.set(true);
        jobs.job("job.recommend.neighbours", progress -> bench.neighbourPoint(c.input(), knn, settings, progress))
                .nameArgs(curveMethod.get().cliName(), k.get()).replacing(CURVE_KEY)
                .onSuccess(point -> {
                    evaluatingK.set(false);
                    if (corpus.get() == c) {
                        cache.put(key, point);
                        showPoints();
                    }
                })
                .onFailure(error -> {
                    evaluatingK.set(false);
                    failed(error);
                })
                .onCancelled(() -> evaluatingK.set(false))
                .start();
    }

    /** Evaluates k = 5, 10, 20, 40 and 80 (those not seen yet) in one background job. */
    public void sweep() {
        RecommendationCorpus c = corpus.get();
        EvaluationSettings settings = settings();
        RecommenderSettings base = model.get();
        if (c == null || settings == null || base == null) {
            return;
        }
        List<PointKey> missing = new ArrayList<>();
        for (int sweepK : SWEEP) {
            PointKey key = new PointKey(base.withAlgorithm(curveMethod.get()).withNeighbours(sweepK), settings);
            if (!cache.containsKey(key)) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        evaluatingK.set(true);
        jobs.job("job.recommend.neighbours", progress -> {
            List<NeighbourPoint> found = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                progress.checkCancelled();
                found.add(bench.neighbourPoint(c.input(), missing.get(i).knn(), settings, progress));
                progress.worked(i + 1, missing.size());
            }
            return found;
        }).nameArgs(curveMethod.get().cliName(), SWEEP.get(SWEEP.size() - 1)).replacing(CURVE_KEY)
                .onSuccess(found -> {
                    evaluatingK.set(false);
                    if (corpus.get() != c) {
                        return;
                    }
                    for (int i = 0; i < found.size(); i++) {
                        cache.put(missing.get(i), found.get(i));
                    }
                    showPoints();
                })
                .onFailure(error -> {
                    evaluatingK.set(false);
                    failed(error);
                })
                .onCancelled(() -> evaluatingK.set(false))
                .start();
    }

    private void failed(Throwable error) {
        notices.accept(Notice.error("recommend.notice.evalFailed", RecommendErrors.text(error, messages.get())));
    }

    /**
     * The curve shows the points of the current evaluation settings and the model form's other parameters
     * (similarity, overlap, seed), so each method has at most one point per k.
     */
    private void showPoints() {
        EvaluationSettings settings;
        RecommenderSettings base = model.get();
        try {
            settings = current();
        } catch (BadParameterException e) {
            return;
        }
        points.setAll(cache.entrySet().stream().filter(e -> e.getKey().settings().equals(settings))
                .filter(e -> base == null || e.getKey().knn().equals(base.withAlgorithm(e.getKey().knn().algorithm())
                        .withNeighbours(e.getKey().knn().neighbours())))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(NeighbourPoint::algorithm).thenComparingInt(NeighbourPoint::neighbours))
                .toList());
    }

    /** New data: every score and point is out of date. */
    void clear() {
        cache.clear();
        compared = null;
        savedEvaluation.set(0);
        scores.clear();
        points.clear();
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty nProperty() {
        return n;
    }

    public ObservableList<MethodChoice> methods() {
        return methods;
    }

    public ObservableList<AlgorithmScores> scores() {
        return scores;
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** True while the comparison is being stored. */
    public ReadOnlyBooleanProperty savingEvaluationProperty() {
        return savingEvaluation.getReadOnlyProperty();
    }

    /** The id the comparison shown was stored under, or 0 when it is not stored. */
    public ReadOnlyLongProperty savedEvaluationProperty() {
        return savedEvaluation.getReadOnlyProperty();
    }

    public ObjectProperty<RecommenderAlgorithm> curveMethodProperty() {
        return curveMethod;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObservableList<NeighbourPoint> points() {
        return points;
    }

    public ReadOnlyBooleanProperty evaluatingKProperty() {
        return evaluatingK.getReadOnlyProperty();
    }
}
