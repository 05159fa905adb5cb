package org.crmworkbench.ui.recommend;

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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.jobs.JobRequest;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.RecommenderEvaluationWorkflow;
import org.jfree.chart.JFreeChart;

/**
 * The Evaluation tab's neighbour curve: the k slider evaluates one k of a kNN method in the background (the newest
 * evaluation replacing and cancelling the one before), the sweep fills in the usual ks, and every point seen is kept
 * per evaluation and model settings. FX thread only.
 */
public final class NeighbourCurveModel {
    static final String CURVE_KEY = "recommend.curve";

    private final JobRunner jobs;
    private final RecommenderEvaluationWorkflow workflow;
    private final Debounce debounce;
    private final Supplier<RecommendationCorpus> corpus;
    private final Supplier<RecommenderSettings> model;
    private final Supplier<EvaluationSettings> settings;
    private final Supplier<EvaluationSettings> shownSettings;
    private final Consumer<Throwable> failed;

    private final ObjectProperty<RecommenderAlgorithm> curveMethod =
            new SimpleObjectProperty<>(this, "curveMethod", RecommenderAlgorithm.ITEM_KNN);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 20);
    private final ObservableList<NeighbourPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper evaluatingK = new ReadOnlyBooleanWrapper(this, "evaluatingK");
    private final Map<PointKey, NeighbourPoint> cache = new HashMap<>();
    private final SettingChoice<RecommenderAlgorithm> curveMethodChoice = new SettingChoice<>(curveMethod,
            List.of(RecommenderAlgorithm.USER_KNN, RecommenderAlgorithm.ITEM_KNN), RecommenderAlgorithm::cliName,
            (m, a) -> new RecommendationWording(m).algorithm(a));

    private record PointKey(RecommenderSettings knn, EvaluationSettings settings) {
    }

    /**
     * @param settings      the evaluation settings asked for, or null (with a notice) when one is out of range
     * @param shownSettings the same without a notice, for choosing the points shown
     * @param failed        tells that an evaluation failed
     */
    NeighbourCurveModel(JobRunner jobs, RecommenderEvaluationWorkflow workflow, Debounce debounce,
                        Supplier<RecommendationCorpus> corpus, Supplier<RecommenderSettings> model,
                        Supplier<EvaluationSettings> settings, Supplier<EvaluationSettings> shownSettings,
                        Consumer<Throwable> failed) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.corpus = corpus;
        this.model = model;
        this.settings = settings;
        this.shownSettings = shownSettings;
        this.failed = failed;
        curveMethod.addListener((o, a, b) -> debounce.restart(this::evaluateK));
        k.addListener((o, a, b) -> debounce.restart(this::evaluateK));
    }

    /** Evaluates the curve's method at the slider's k, from the cache when this point was seen. */
    public void evaluateK() {
        RecommendationCorpus c = corpus.get();
        EvaluationSettings evaluation = settings.get();
        RecommenderSettings base = model.get();
        if (c == null || evaluation == null || base == null) {
            return;
        }
        RecommenderSettings knn = base.withAlgorithm(curveMethod.get()).withNeighbours(k.get());
        PointKey key = new PointKey(knn, evaluation);
        if (cache.containsKey(key)) {
            showPoints();
            return;
        }
        evaluate(jobs.job("job.recommend.neighbours", progress -> workflow.neighbourPoint(c, knn, evaluation,
                progress)).nameArgs(curveMethod.get().cliName(), k.get()), c, point -> cache.put(key, point));
    }

    /** Evaluates the ks of {@link EvaluationViewModel#SWEEP} (those not seen yet) in one background job. */
    public void sweep() {
        RecommendationCorpus c = corpus.get();
        EvaluationSettings evaluation = settings.get();
        RecommenderSettings base = model.get();
        if (c == null || evaluation == null || base == null) {
            return;
        }
        List<PointKey> missing = new ArrayList<>();
        for (int sweepK : EvaluationViewModel.SWEEP) {
            PointKey key = new PointKey(base.withAlgorithm(curveMethod.get()).withNeighbours(sweepK), evaluation);
            if (!cache.containsKey(key)) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<RecommenderSettings> knns = missing.stream().map(PointKey::knn).toList();
        int last = EvaluationViewModel.SWEEP.get(EvaluationViewModel.SWEEP.size() - 1);
        evaluate(jobs.job("job.recommend.neighbours", progress -> workflow.neighbourCurve(c, knns, evaluation,
                progress)).nameArgs(curveMethod.get().cliName(), last), c, found -> {
                    for (int i = 0; i < found.size(); i++) {
                        cache.put(missing.get(i), found.get(i));
                    }
                });
    }

    /**
     * Runs {@code request} as the curve's one evaluation (replacing the one before); keeps what it {@code found}
     * and shows it, unless the data changed meanwhile.
     */
    private <T> void evaluate(JobRequest<T> request, RecommendationCorpus c, Consumer<T> found) {
        evaluatingK.set(true);
        request.replacing(CURVE_KEY)
                .onSuccess(result -> {
                    evaluatingK.set(false);
                    if (corpus.get() == c) {
                        found.accept(result);
                        showPoints();
                    }
                })
                .onFailure(error -> {
                    evaluatingK.set(false);
                    failed.accept(error);
                })
                .onCancelled(() -> evaluatingK.set(false))
                .start();
    }

    /**
     * The curve shows the points of the current evaluation settings and the model form's other parameters
     * (similarity, overlap, seed), so each method has at most one point per k.
     */
    void showPoints() {
        EvaluationSettings evaluation = shownSettings.get();
        RecommenderSettings base = model.get();
        if (evaluation == null) {
            return;
        }
        points.setAll(cache.entrySet().stream().filter(e -> e.getKey().settings().equals(evaluation))
                .filter(e -> base == null || e.getKey().knn().equals(base.withAlgorithm(e.getKey().knn().algorithm())
                        .withNeighbours(e.getKey().knn().neighbours())))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(NeighbourPoint::algorithm).thenComparingInt(NeighbourPoint::neighbours))
                .toList());
    }

    /** New data: every point is out of date. */
    void clear() {
        cache.clear();
        points.clear();
    }

    /** The curve's chart with the slider's k marked, or null before any point. */
    public JFreeChart chart(Messages m) {
        RecommendationCorpus c = corpus.get();
        return points.isEmpty() ? null : new RecommendCharts(m).neighbourCurve(points, k.get(),
                c == null ? "" : c.data().source());
    }

    public ObjectProperty<RecommenderAlgorithm> curveMethodProperty() {
        return curveMethod;
    }

    /** The curve's method, by name, for the curve's method box. */
    public SettingChoice<RecommenderAlgorithm> curveMethodChoice() {
        return curveMethodChoice;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    /** The accepted neighbour counts of the slider. */
    public IntRange kRange() {
        return RecommenderSettings.NEIGHBOURS;
    }

    public ObservableList<NeighbourPoint> points() {
        return points;
    }

    public ReadOnlyBooleanProperty evaluatingKProperty() {
        return evaluatingK.getReadOnlyProperty();
    }
}
