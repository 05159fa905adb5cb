package org.crmworkbench.ui.segments;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.SegmentWorkflow;

/**
 * The help the Segments workspace gives in choosing its parameters: the k sweep (elbow, silhouette, Davies-Bouldin,
 * Calinski-Harabasz, stability) for k-means and the k-distance curve for DBSCAN's eps. Each runs as a background job
 * on the segmentation the workspace shows; a result for features that changed meanwhile is dropped. FX thread only.
 */
public final class KChoiceViewModel {
    private final JobRunner jobs;
    private final SegmentWorkflow workflow;
    private final Supplier<Segmentation> current;
    private final Consumer<Throwable> failed;
    private final IntegerProperty kMax = new SimpleIntegerProperty(this, "kMax", 10);
    private final ReadOnlyObjectWrapper<KChoice> kChoice = new ReadOnlyObjectWrapper<>(this, "kChoice");
    private final ReadOnlyObjectWrapper<KDistanceCurve> kDistance = new ReadOnlyObjectWrapper<>(this, "kDistance");
    private final ReadOnlyBooleanWrapper sweeping = new ReadOnlyBooleanWrapper(this, "sweeping");

    /**
     * @param current the segmentation shown now (null while there is none)
     * @param failed  told when a job fails
     */
    KChoiceViewModel(JobRunner jobs, SegmentWorkflow workflow, Supplier<Segmentation> current,
                     Consumer<Throwable> failed) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.current = Objects.requireNonNull(current, "current");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Scores every k from 2 to {@link #kMaxProperty()} on {@code target} in the background. */
    void sweep(Segmentation target, long seed) {
        int max = Math.min(kMax.get(), target.features().scaled().rows() - 1);
        if (max < KMeansParameters.K.min()) {
            return;
        }
        sweeping.set(true);
        jobs.job("job.segment.sweep", progress -> workflow.sweep(target.features(), KMeansParameters.K.min(), max,
                        KMeansParameters.DEFAULT_RESTARTS, seed, SegmentsViewModel.INTERACTIVE_SILHOUETTE_SAMPLE,
                        progress))
                .nameArgs(max).replacing("segments.sweep")
                .onSuccess(choice -> {
                    sweeping.set(false);
                    if (target == current.get()) {
                        kChoice.set(choice);
                    }
                })
                .onFailure(error -> {
                    sweeping.set(false);
                    failed.accept(error);
                })
                .onCancelled(() -> sweeping.set(false))
                .start();
    }

    /** Computes the k-distance curve for {@code minPts} on {@code target}, with a suggested eps. */
    void kDistances(Segmentation target, int minPts) {
        jobs.job("job.segment.kdistance", progress -> workflow.kDistances(target.features(), minPts, progress))
                .replacing("segments.kdistance")
                .onSuccess(curve -> {
                    if (target == current.get()) {
                        kDistance.set(curve);
                    }
                })
                .onFailure(failed)
                .start();
    }

    /** Forgets the sweep (the features or the seed changed). */
    void clearSweep() {
        kChoice.set(null);
    }

    /** Forgets the k-distance curve (the features or minPts changed). */
    void clearKDistances() {
        kDistance.set(null);
    }

    public IntegerProperty kMaxProperty() {
        return kMax;
    }

    public ReadOnlyObjectProperty<KChoice> kChoiceProperty() {
        return kChoice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KDistanceCurve> kDistanceProperty() {
        return kDistance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sweepingProperty() {
        return sweeping.getReadOnlyProperty();
    }
}
