package org.crmworkbench.ui.recommend;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
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
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendCharts;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.workflow.Comparison;
import org.crmworkbench.workflow.ComparisonSettings;
import org.crmworkbench.workflow.RecommenderEvaluationWorkflow;
import org.jfree.chart.JFreeChart;

/**
 * The Evaluation tab's state: how ratings are held out, which methods to compare and the comparison's scores; and
 * the neighbour curve ({@link NeighbourCurveModel}). FX thread only.
 */
public final class EvaluationViewModel {
    /** The ks the sweep fills in. */
    public static final List<Integer> SWEEP = List.of(5, 10, 20, 40, 80);

    private final JobRunner jobs;
    private final RecommenderEvaluationWorkflow workflow;
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
    private final SettingChoice<SplitKind> splitChoice;
    private final BooleanBinding kFold = split.isEqualTo(SplitKind.KFOLD);
    /** The comparison shown: settings, data source, start time and scores, for saving it. */
    private Comparison compared;
    private final NeighbourCurveModel curve;
    private final EngineOption engine;

    EvaluationViewModel(JobRunner jobs, RecommenderBench bench, Debounce debounce,
                        Supplier<RecommendationCorpus> corpus, Supplier<RecommenderSettings> model,
                        Consumer<Notice> notices, Supplier<Messages> messages, EngineOption engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.workflow = new RecommenderEvaluationWorkflow(bench);
        this.corpus = corpus;
        this.model = model;
        this.notices = notices;
        this.messages = messages;
        for (RecommenderAlgorithm a : RecommenderAlgorithm.values()) {
            methods.add(new MethodChoice(a, a == RecommenderAlgorithm.POPULAR || a == RecommenderAlgorithm.BASELINE
                    || a.usesNeighbours() || a == RecommenderAlgorithm.MF || a == RecommenderAlgorithm.HYBRID));
        }
        splitChoice = new SettingChoice<>(split, List.of(SplitKind.values()), SplitKind::cliName,
                (m, s) -> m.get("recommend.split." + s.cliName()));
        this.curve = new NeighbourCurveModel(jobs, workflow, debounce, corpus, model, this::settings,
                this::shownSettings, this::failed);
        split.addListener((o, a, b) -> curve.showPoints());
        folds.addListener((o, a, b) -> curve.showPoints());
        n.addListener((o, a, b) -> curve.showPoints());
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

    /** The settings whose points the curve shows, or null while one is out of range (the notice says so). */
    private EvaluationSettings shownSettings() {
        try {
            return current();
        } catch (BadParameterException e) {
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

    /** Where matrix factorisation is fitted in the comparison (the model panel's engine). */
    public EngineOption engine() {
        return engine;
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
        if (engine.kind() == EngineKind.SPARK
                && chosen.stream().noneMatch(m -> m.algorithm() == RecommenderAlgorithm.MF)) {
            notices.accept(Notice.error("evaluate.engine.noMf")); // as evaluate-recs --engine spark refuses it
            return;
        }
        comparing.set(true);
        ComparisonSettings comparison = new ComparisonSettings(chosen, settings);
        jobs.job("job.recommend.compare", progress -> workflow.compare(c, comparison, progress))
                .nameArgs(chosen.size()).replacing("recommend.compare")
                .onSuccess(result -> {
                    comparing.set(false);
                    if (corpus.get() == c) {
                        compared = result;
                        savedEvaluation.set(0);
                        scores.setAll(result.scores());
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
        Comparison shown = compared;
        if (db == null || shown == null || shown.scores().isEmpty() || savingEvaluation.get()) {
            return;
        }
        savingEvaluation.set(true);
        jobs.job("job.recommend.saveEvaluation", progress -> workflow.save(db, shown))
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

    private void failed(Throwable error) {
        notices.accept(Notice.error("recommend.notice.evalFailed", RecommendErrors.text(error, messages.get())));
    }

    /** New data: every score and point is out of date. */
    void clear() {
        compared = null;
        savedEvaluation.set(0);
        scores.clear();
        curve.clear();
    }

    /** The comparison's chart (scores of every method), or null before a comparison. */
    public JFreeChart comparisonChart(Messages m) {
        return scores.isEmpty() ? null : new RecommendCharts(m).comparison(scores, dataSet());
    }

    private String dataSet() {
        RecommendationCorpus c = corpus.get();
        return c == null ? "" : c.data().source();
    }

    /** The neighbour curve and its k slider. */
    public NeighbourCurveModel curve() {
        return curve;
    }

    /** Evaluates the usual neighbour counts of the curve's method (see {@link NeighbourCurveModel#sweep}). */
    public void sweep() {
        curve.sweep();
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    /** The split, by name, for the split box. */
    public SettingChoice<SplitKind> splitChoice() {
        return splitChoice;
    }

    /** True when the k-fold split is chosen (the folds spinner applies). */
    public BooleanBinding kFold() {
        return kFold;
    }

    /** The accepted numbers of folds. */
    public IntRange foldsRange() {
        return EvaluationSettings.FOLDS;
    }

    /** The accepted list lengths. */
    public IntRange nRange() {
        return RecommenderSettings.N;
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

    public IntegerProperty kProperty() {
        return curve.kProperty();
    }

    public ObservableList<NeighbourPoint> points() {
        return curve.points();
    }

    public ReadOnlyBooleanProperty evaluatingKProperty() {
        return curve.evaluatingKProperty();
    }
}
