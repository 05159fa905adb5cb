package org.crmworkbench.ui.segments;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.segment.FeaturePreparation;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;
import org.crmworkbench.present.segment.SavedRuns;
import org.crmworkbench.present.segment.SegmentFiles;
import org.crmworkbench.present.segment.SegmentWording;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;

/**
 * The Segments workspace's state. The customer features are read from the database once per data version;
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

    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList();
    private final SegmentSettingsForm form = new SegmentSettingsForm();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private final ReadOnlyObjectWrapper<SegmentationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<SegmentCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final KChoiceViewModel kSelection;
    private final SegmentOutput output;
    private final BooleanProperty restoring = new SimpleBooleanProperty(this, "restoring");

    private CustomerFeatureSet featureSet;
    private Segmentation segmentation;
    private final Map<SegmentationSettings, SegmentationResult> cache = new HashMap<>();
    /** Cards per setting, so names the analyst typed survive a trip to another k and back. */
    private final Map<SegmentationSettings, List<SegmentCard>> cardCache = new HashMap<>();
    private SegmentRunRecord pendingRestore;
    private long loads;

    public SegmentsViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.kSelection = new KChoiceViewModel(jobs, () -> segmentation, this::failed);
        this.output = new SegmentOutput(jobs, messages, notice::set);
        session.dataVersionProperty().addListener((o, a, b) -> reload());
        form.scalingProperty().addListener((o, a, b) -> featuresChanged());
        form.zThresholdProperty().addListener((o, a, b) -> featuresChanged());
        form.iqrMultiplierProperty().addListener((o, a, b) -> featuresChanged());
        form.algorithmProperty().addListener((o, a, b) -> settingsChanged());
        form.kProperty().addListener((o, a, b) -> settingsChanged());
        form.epsProperty().addListener((o, a, b) -> settingsChanged());
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
            CustomerFeatureSet set = new CustomerFeatureReader(db).read(progress);
            SegmentRunRecord latest = first ? new SegmentRunStore(db).latest().orElse(null) : null;
            return new Loaded(set, latest);
        }).replacing("segments.features").onSuccess(this::loaded).onFailure(error -> {
            phase.set(Phase.FAILED);
            notice.set(Notice.error("segment.notice.loadFailed", SegmentErrors.text(error, messages.get())));
        }).start();
    }

    private record Loaded(CustomerFeatureSet set, SegmentRunRecord latest) {
    }

    private void loaded(Loaded loaded) {
        CustomerFeatureSet set = loaded.set();
        Set<String> before = new HashSet<>();
        features.stream().filter(FeatureChoice::isSelected).forEach(f -> before.add(f.name()));
        SegmentRunRecord run = loaded.latest();
        if (run != null && Arrays.equals(run.customerIds(), set.customerIds())) {
            before.clear();
            before.addAll(run.features().stream().map(SegmentsViewModel::sourceFeature).toList());
            pendingRestore = run;
        }
        if (before.isEmpty()) {
            before.addAll(set.defaultFeatures());
        }
        featureSet = set;
        List<FeatureChoice> choices = new ArrayList<>();
        FeatureTable table = set.table();
        table.numeric().forEach(c -> choices.add(choice(c.name(), false, before)));
        table.categories().forEach(c -> choices.add(choice(c.name(), true, before)));
        features.setAll(choices);
        if (set.table().rowCount() < 2) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        phase.set(Phase.READY);
        if (pendingRestore != null) {
            restoring.set(true);
            form.apply(pendingRestore);
            restoring.set(false);
        }
        featuresChanged();
    }

    private FeatureChoice choice(String name, boolean category, Set<String> selected) {
        FeatureChoice c = new FeatureChoice(name, category, selected.contains(name));
        c.selectedProperty().addListener((o, a, b) -> featuresChanged());
        return c;
    }

    /** A one-hot column {@code region=North} came from the feature {@code region}. */
    private static String sourceFeature(String column) {
        int at = column.indexOf(FeaturePreparation.ONE_HOT);
        return at < 0 ? column : column.substring(0, at);
    }

    // ----- segmenting -----

    private void featuresChanged() {
        if (restoring.get()) {
            return;
        }
        segmentation = null;
        cache.clear();
        cardCache.clear();
        kSelection.clearSweep();
        kSelection.clearKDistances();
        settingsChanged();
    }

    private void settingsChanged() {
        if (restoring.get() || featureSet == null) {
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
        if (featureSet == null) {
            return;
        }
        SegmentationSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        SegmentationResult cached = cache.get(settings);
        if (cached != null) {
            show(cached);
            return;
        }
        Segmentation target;
        try {
            target = segmentation();
        } catch (BadParameterException e) {
            notice.set(Notice.error(e.messageKey(), e.args()));
            result.set(null);
            cards.clear();
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
            List<String> chosen = features.stream().filter(FeatureChoice::isSelected).map(FeatureChoice::name).toList();
            PreparedFeatures prepared = new FeaturePreparation(featureSet.table()).prepare(chosen, form.scalingProperty().get());
            OutlierRules rules = form.outlierRules();
            segmentation = new Segmentation(prepared, featureSet.revenue(), rules, INTERACTIVE_SILHOUETTE_SAMPLE,
                    INTERACTIVE_SILHOUETTE_SAMPLE);
        }
        return segmentation;
    }

    private void show(SegmentationResult r) {
        notice.set(null);
        List<SegmentCard> named = cardCache.computeIfAbsent(r.settings(), s -> {
            SegmentWording wording = new SegmentWording(messages.get());
            List<SegmentCard> fresh = new ArrayList<>();
            for (SegmentProfile p : r.profiles()) {
                fresh.add(new SegmentCard(p, wording.suggestName(p)));
            }
            return fresh;
        });
        cards.setAll(named);
        result.set(r);
        savedRun.set(0);
    }

    private void restoreNames(SegmentRunRecord run) {
        for (NamedSegment s : run.segments()) {
            cards.stream().filter(c -> c.profile().segment() == s.segment()).findFirst()
                    .ifPresent(c -> c.nameProperty().set(s.name()));
        }
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
        KDistanceCurve curve = kSelection.kDistanceProperty().get();
        if (curve != null) {
            form.epsProperty().set(curve.suggestedEps());
        }
    }

    // ----- keeping results -----

    /** Saves the shown segments with their names and every customer's segment to the database. */
    public void save() {
        SegmentationResult r = result.get();
        Database db = session.database();
        if (r == null || db == null || featureSet == null) {
            return;
        }
        SegmentRunRecord record = SavedRuns.of(r, cards.stream().map(SegmentCard::name).toList(),
                featureSet.customerIds(), featureSet.asOf(), Instant.now(), AppVersion.current());
        output.save(db, record, savedRun::set);
    }

    /** Writes every customer with their segment, its name and outlier reasons to a CSV file. */
    public void exportMembers(Path file) {
        SegmentationResult r = result.get();
        if (r == null || featureSet == null) {
            return;
        }
        List<String> names = cards.stream().map(SegmentCard::name).toList();
        List<String> ids = featureSet.table().rowIds();
        Messages m = messages.get();
        output.write("job.segment.exportMembers", file,
                target -> new SegmentFiles(m).writeMembers(target, ids, r, names));
    }

    /** Runs {@code work} (a chart export) as a job and reports where the file went. */
    public void export(Path file, ExportWork work) {
        output.write("job.segment.exportChart", file, work);
    }

    /** Writing one file. */
    @FunctionalInterface
    public interface ExportWork {
        void write(Path file) throws Exception;
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
        return features;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<SegmentCard> cards() {
        return cards;
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

    /** The customer features, once read. */
    public CustomerFeatureSet featureSet() {
        return featureSet;
    }
}
