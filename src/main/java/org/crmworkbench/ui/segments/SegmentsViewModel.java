package org.crmworkbench.ui.segments;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.SegmentSource;
import org.crmworkbench.workflow.SegmentWorkflow;

/**
 * The Segments workspace's state. Reading, preparing, running and saving go through the {@link SegmentWorkflow} the
 * {@code segment} command uses. The customer features are read from the database once per data version;
 * every change of a setting re-segments in the background, the newest run replacing (and cancelling) the one before,
 * and results are cached per setting, so going back to a k already seen is immediate. FX thread only.
 */
public final class SegmentsViewModel {
    /** Where the workspace stands. */
    public enum Phase { WAITING_FOR_DATA, LOADING, READY, FAILED }

    /** Rows the interactive silhouette is computed on (the command line uses more). */
    public static final int INTERACTIVE_SILHOUETTE_SAMPLE = 3_000;
    static final String RUN_KEY = "segments.run";

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final SegmentWorkflow workflow;
    private final FeatureChoices features = new FeatureChoices(this::featuresChanged);
    private final SegmentSettingsForm form;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private final ReadOnlyObjectWrapper<SegmentationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final SegmentCards cards = new SegmentCards();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final KChoiceViewModel kSelection;
    private final SegmentOutput output;
    private final BooleanProperty restoring = new SimpleBooleanProperty(this, "restoring");
    private final EpsChoice eps;
    private final BooleanBinding hasResult = result.isNotNull();
    private final BooleanBinding busy;

    private SegmentSource source;
    private Segmentation segmentation;
    private final Map<SegmentationSettings, SegmentationResult> cache = new HashMap<>();
    private SegmentRunRecord pendingRestore;
    private long loads;

    public SegmentsViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages,
                             EngineOption engine) {
        this.form = new SegmentSettingsForm(engine);
        this.workflow = new SegmentWorkflow(engine.engine());
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.kSelection = new KChoiceViewModel(jobs, workflow, () -> segmentation, this::failed);
        this.output = new SegmentOutput(jobs, messages, notice::set);
        this.busy = running.or(kSelection.sweepingProperty()).or(phase.isEqualTo(Phase.LOADING));
        session.dataVersionProperty().addListener((o, a, b) -> reload());
        form.scalingProperty().addListener((o, a, b) -> featuresChanged());
        form.zThresholdProperty().addListener((o, a, b) -> featuresChanged());
        form.iqrMultiplierProperty().addListener((o, a, b) -> featuresChanged());
        form.algorithmProperty().addListener((o, a, b) -> settingsChanged());
        engine.kindProperty().addListener((o, a, b) -> featuresChanged()); // a new fitter, and no cached result
        form.kProperty().addListener((o, a, b) -> settingsChanged());
        this.eps = new EpsChoice(form, kSelection, this::settingsChanged);
        form.minPtsProperty().addListener((o, a, b) -> {
            kSelection.clearKDistances();
            settingsChanged();
        });
        form.seedProperty().addListener((o, a, b) -> {
            kSelection.clearSweep();
            settingsChanged();
        });
        reload();
    }

    // ----- loading -----

    /** Reads the customer features again (the data changed) and restores the newest saved run on first load. */
    public void reload() {
        Database db = session.database();
        if (db == null) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.LOADING);
        boolean first = loads++ == 0;
        jobs.job("job.segment.features", progress -> {
            SegmentSource read = workflow.read(db, progress);
            SegmentRunRecord latest = first ? workflow.latestRun(db).orElse(null) : null;
            return new Loaded(read, latest);
        }).replacing("segments.features").onSuccess(this::loaded).onFailure(error -> {
            phase.set(Phase.FAILED);
            notice.set(Notice.error("segment.notice.loadFailed", SegmentErrors.text(error, messages.get())));
        }).start();
    }

    private record Loaded(SegmentSource source, SegmentRunRecord latest) { }

    private void loaded(Loaded loaded) {
        SegmentSource read = loaded.source();
        SegmentRunRecord run = loaded.latest();
        if (run != null && Arrays.equals(run.customerIds(), read.customers().customerIds())) {
            pendingRestore = run;
        } else {
            run = null;
        }
        source = read;
        features.offer(read.table(), read.defaultFeatures(), run);
        if (read.rows() < 2) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.READY);
        if (pendingRestore != null) {
            restoring.set(true);
            form.apply(pendingRestore);
            restoring.set(false);
            eps.restored(pendingRestore.eps() != null);
        }
        featuresChanged();
    }

    // ----- segmenting -----

    private void featuresChanged() {
        if (restoring.get()) {
            return;
        }
        segmentation = null;
        cache.clear();
        cards.forget();
        kSelection.clearSweep();
        kSelection.clearKDistances();
        settingsChanged();
    }

    private void settingsChanged() {
        if (restoring.get() || source == null) {
            return;
        }
        debounce.restart(this::segment);
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public SegmentationSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error(e.messageKey(), e.args()));
            return null;
        }
    }

    /** Segments with the current settings: from the cache at once, otherwise as a background run. */
    public void segment() {
        if (source == null) {
            return;
        }
        SegmentationSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        if (settings.algorithm() == SegmentAlgorithm.DBSCAN && eps.followsCurve() && pendingRestore == null
                && kSelection.kDistanceProperty().get() == null) {
            // start from the knee of the k-distance curve: the eps the curve suggests comes back and segments
            Segmentation curveOf = segmentationOrNotice();
            if (curveOf != null) {
                result.set(null);
                cards.shown().clear();
                kSelection.kDistances(curveOf, form.minPtsProperty().get());
            }
            return;
        }
        SegmentationResult cached = cache.get(settings);
        if (cached != null) {
            show(cached);
            return;
        }
        Segmentation target = segmentationOrNotice();
        if (target == null) {
            result.set(null);
            cards.shown().clear();
            return;
        }
        running.set(true);
        SegmentRunRecord restore = pendingRestore;
        pendingRestore = null;
        jobs.job("job.segment.run", progress -> restore != null && matches(restore, target)
                ? target.describe(settings, restore.labels(), progress)
                : target.run(settings, progress))
                .nameArgs(settings.algorithm().takesK() ? "k = " + settings.k() : "eps = " + settings.eps())
                .replacing(RUN_KEY)
                .onSuccess(r -> {
                    running.set(false);
                    if (target != segmentation) {
                        return; // the features changed while it ran
                    }
                    cache.put(settings, r);
                    if (settings.equals(currentSettings())) {
                        show(r);
                        if (restore != null) {
                            restoreNames(restore);
                        }
                    }
                })
                .onFailure(error -> {
                    running.set(false);
                    failed(error);
                })
                .onCancelled(() -> running.set(false))
                .start();
    }

    private boolean matches(SegmentRunRecord run, Segmentation target) {
        return run.features().equals(target.features().original().names())
                && run.labels().length == target.features().original().rows();
    }

    private Segmentation segmentation() {
        if (segmentation == null) {
            segmentation = workflow.segmentation(source, workflow.prepare(source, features.chosen(),
                    form.scalingProperty().get()), form.outlierRules(), INTERACTIVE_SILHOUETTE_SAMPLE);
        }
        return segmentation;
    }

    private void show(SegmentationResult r) {
        notice.set(null);
        cards.show(r, messages.get());
        result.set(r);
        savedRun.set(0);
    }

    private void restoreNames(SegmentRunRecord run) {
        cards.restore(run);
        savedRun.set(run.id());
        notice.set(Notice.info("segment.notice.restored", run.id()));
    }

    /** Scores every k from 2 to the sweep's largest k in the background (see {@link #kSelection()}). */
    public void chooseK() {
        Segmentation target = segmentationOrNotice();
        if (target != null) {
            kSelection.sweep(target, form.seedProperty().get());
        }
    }

    /** Computes the k-distance curve for DBSCAN's minPts, with a suggested eps. */
    public void suggestEps() {
        Segmentation target = segmentationOrNotice();
        if (target != null) {
            kSelection.kDistances(target, form.minPtsProperty().get());
        }
    }

    private Segmentation segmentationOrNotice() {
        try {
            return segmentation();
        } catch (BadParameterException e) {
            notice.set(Notice.error(e.messageKey(), e.args()));
            return null;
        }
    }

    private void failed(Throwable error) {
        notice.set(Notice.error("segment.notice.runFailed", SegmentErrors.text(error, messages.get())));
    }

    /** Uses the k-distance curve's suggested eps. */
    public void useSuggestedEps() {
        eps.useSuggested(kSelection.kDistanceProperty().get());
    }

    // ----- keeping results -----

    /** Saves the shown segments with their names and every customer's segment to the database. */
    public void save() {
        SegmentationResult r = result.get();
        Database db = session.database();
        SegmentSource shown = source;
        if (r == null || db == null || shown == null) {
            return;
        }
        List<String> names = segmentNames();
        output.save(() -> workflow.save(db, shown, r, names), savedRun::set);
    }

    /** Writes every customer with their segment, its name and outlier reasons to a CSV file. */
    public void exportMembers(Path file) {
        SegmentationResult r = result.get();
        if (r != null && source != null) {
            output.writeMembers(file, source.table().rowIds(), r, segmentNames());
        }
    }

    /** Runs {@code work} (a chart export) as a job and reports where the file went. */
    void export(Path file, SegmentOutput.FileWork work) {
        output.write("job.segment.exportChart", file, work);
    }

    // ----- names -----

    /** The segments' names, in the order of the result's profiles. */
    public List<String> segmentNames() {
        return cards.names();
    }

    /** The customer id of a row of the features. */
    public String customerId(int row) {
        return source == null || row >= source.rows() ? Integer.toString(row) : source.table().rowIds().get(row);
    }

    /** The name of the segment a row is in, or "" without a result. */
    public String segmentName(int row) {
        SegmentationResult r = result.get();
        return r == null ? "" : cards.nameOf(r.clustering().labels()[row]);
    }

    // ----- properties -----

    /** The settings panel's values. */
    public SegmentSettingsForm form() {
        return form;
    }

    /** The k sweep and the k-distance curve. */
    public KChoiceViewModel kSelection() {
        return kSelection;
    }

    public ObservableList<FeatureChoice> features() {
        return features.list();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while a result is shown. */
    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    /** True while features are read, a run or a k sweep is under way. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public ObservableList<SegmentCard> cards() {
        return cards.shown();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
