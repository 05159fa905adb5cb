package org.crmworkbench.ui.recommend;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.recommend.RecommendationWording;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.FittedRecommender;
import org.crmworkbench.workflow.RecommendWorkflow;

/**
 * The Recommend workspace's state. Reading, fitting and saving go through {@link RecommendWorkflow}, as for the
 * {@code recommend} verb. Customers, products, ratings and purchases are read once per data version; a
 * model is fitted in the background whenever the settings change (after they settle), the newest fit replacing and
 * cancelling the one before, and fitted models are cached per settings. The customer and similar-product tabs and
 * the evaluation bench hang off it. FX thread only.
 */
public final class RecommendViewModel {
    /** Where the workspace stands. */
    public enum Phase { WAITING_FOR_DATA, LOADING, READY, FAILED }

    static final String FIT_KEY = "recommend.fit";

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final RecommendSettingsForm form;
    private final CustomerLists customers;
    private final SimilarProducts products;
    private final EvaluationViewModel evaluation;
    private final RecommendOutput output;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private final ReadOnlyObjectWrapper<RecommendationCorpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<FittedRecommender> fitted = new ReadOnlyObjectWrapper<>(this, "fitted");
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final Map<RecommenderSettings, FittedRecommender> cache = new HashMap<>();
    private final BooleanBinding hasData = corpus.isNotNull();
    private final BooleanBinding busy;

    /**
     * @param fitDebounce   waits for the model settings to settle before a fit
     * @param curveDebounce waits for the neighbour-curve slider to settle before an evaluation
     */
    public RecommendViewModel(DataSession session, JobRunner jobs, RecommenderBench bench, Debounce fitDebounce,
                              Debounce curveDebounce, Supplier<Messages> messages) {
        this(session, jobs, bench, fitDebounce, curveDebounce, messages,
                new EngineOption(new FitEngineSession(new FitEngines())));
    }

    /** @param engine where matrix factorisation is fitted (the evaluation's {@code bench} should fit on it too) */
    public RecommendViewModel(DataSession session, JobRunner jobs, RecommenderBench bench, Debounce fitDebounce,
                              Debounce curveDebounce, Supplier<Messages> messages, EngineOption engine) {
        this.form = new RecommendSettingsForm(engine);
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(fitDebounce, "fitDebounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.customers = new CustomerLists(messages);
        this.products = new SimilarProducts(messages);
        this.evaluation = new EvaluationViewModel(jobs, bench, curveDebounce, corpus::get, this::currentSettings,
                notice::set, messages, engine);
        this.output = new RecommendOutput(jobs, messages, notice::set);
        this.busy = fitting.or(phase.isEqualTo(Phase.LOADING)).or(evaluation.comparingProperty())
                .or(evaluation.evaluatingKProperty());
        session.dataVersionProperty().addListener((o, a, b) -> reload());
        session.rulesVersionProperty().addListener((o, a, b) -> reload());
        InvalidationListener changed = o -> settingsChanged();
        for (var input : form.modelInputs()) {
            input.addListener(changed);
        }
        form.nProperty().addListener((o, a, b) -> showModel());
        reload();
    }

    /** Reads the data again (it changed). */
    public void reload() {
        Database db = session.database();
        if (db == null) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.LOADING);
        jobs.job("job.recommend.load", progress -> RecommendWorkflow.read(db, progress))
                .replacing("recommend.load").onSuccess(this::loaded).onFailure(error -> {
                    phase.set(Phase.FAILED);
                    notice.set(Notice.error("recommend.notice.loadFailed", RecommendErrors.text(error,
                            messages.get())));
                }).start();
    }

    private void loaded(RecommendationCorpus c) {
        cache.clear();
        fitted.set(null);
        evaluation.clear();
        corpus.set(c);
        customers.setCorpus(c);
        products.setCorpus(c);
        if (c.ratings().size() == 0) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.READY);
        fit();
    }

    private void settingsChanged() {
        if (corpus.get() != null) {
            debounce.restart(this::fit);
        }
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public RecommenderSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error(e.messageKey(), e.args()));
            return null;
        }
    }

    /** Fits the model the settings ask for: from the cache at once, otherwise as a background job. */
    public void fit() {
        RecommendationCorpus c = corpus.get();
        RecommenderSettings settings = currentSettings();
        if (c == null || settings == null) {
            return;
        }
        FittedRecommender cached = cache.get(settings);
        if (cached != null) {
            fitted.set(cached);
            showModel();
            return;
        }
        fitting.set(true);
        RecommendWorkflow workflow = new RecommendWorkflow(messages.get(), form.engine().engine());
        jobs.job("job.recommend.fit", progress -> workflow.fit(c, settings, progress)).nameArgs(settings.algorithm().cliName()).replacing(FIT_KEY)
                .onSuccess(f -> {
                    fitting.set(false);
                    if (c != corpus.get()) {
                        return;
                    }
                    cache.put(settings, f);
                    if (settings.equals(currentSettings())) {
                        fitted.set(f);
                        notice.set(null);
                        showModel();
                    }
                })
                .onFailure(error -> {
                    fitting.set(false);
                    notice.set(Notice.error("recommend.notice.fitFailed", RecommendErrors.text(error,
                            messages.get())));
                })
                .onCancelled(() -> fitting.set(false))
                .start();
    }

    private void showModel() {
        FittedRecommender f = fitted.get();
        customers.setModel(f == null ? null : f.model(), form.nProperty().get());
        products.setModel(f == null ? null : f.model(), f == null ? form.algorithmProperty().get()
                : f.settings().algorithm());
    }

    /** Writes every customer's recommendations from the fitted model to the database as one run. */
    public void writeToDatabase() {
        FittedRecommender f = fitted.get();
        Database db = session.database();
        if (f == null || db == null) {
            return;
        }
        output.save(db, corpus.get(), f, form.nProperty().get(), savedRun::set);
    }

    /** Stores the evaluation tab's comparison in the database, for reports. */
    public void saveEvaluation() {
        evaluation.saveComparison(session.database());
    }

    private final javafx.beans.property.BooleanProperty exportNames =
            new javafx.beans.property.SimpleBooleanProperty(this, "exportNames", false);

    /**
     * Writes every customer's recommendations from the fitted model to a CSV file; customers' names as initials
     * unless {@link #exportNamesProperty()} is on.
     */
    public void exportCsv(Path file) {
        FittedRecommender f = fitted.get();
        if (f != null) {
            output.exportCsv(file, corpus.get(), f, form.nProperty().get(), exportNames.get()
                    ? PersonalDataPolicy.withNames() : PersonalDataPolicy.masked());
        }
    }

    /** Whether the CSV export writes customers' names as stored (off by default: initials). */
    public javafx.beans.property.BooleanProperty exportNamesProperty() {
        return exportNames;
    }

    /** Runs {@code work} (a chart export) as a job and reports where the file went. */
    public void export(Path file, ExportWork work) {
        output.write(file, work);
    }

    /** Writing one file. */
    @FunctionalInterface
    public interface ExportWork {
        void write(Path file, Progress progress) throws Exception;
    }

    public RecommendSettingsForm form() {
        return form;
    }

    public CustomerLists customers() {
        return customers;
    }

    public SimilarProducts products() {
        return products;
    }

    public EvaluationViewModel evaluation() {
        return evaluation;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecommendationCorpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    /** The line above the tabs: how much data there is and which method is fitted (or being fitted). */
    public String summary(Messages m) {
        return RecommendSummary.text(this, new RecommendationWording(m), m);
    }

    /** True while data is read, a model fitted, methods compared or a curve point evaluated. */
    public BooleanBinding busy() {
        return busy;
    }

    /** True once data is read (there is something to evaluate). */
    public BooleanBinding hasData() {
        return hasData;
    }

    public ReadOnlyObjectProperty<FittedRecommender> fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
