package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.segment.ClusterQuality;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.FeaturePreparation;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KDistance;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.KScore;
import org.crmworkbench.analysis.segment.KSweep;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.analysis.segment.Stability;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.features.FeatureFileReader;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.present.segment.SavedRuns;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Segmenting customers (or the rows of a feature file), for the {@code segment} command and the Segments
 * workspace: read the features, prepare them, check k against the rows, run the method (with the k sweep, the
 * k-distance curve and the stability score where the method asks for them) and save the run.
 */
public final class SegmentWorkflow {
    private final FitEngine engine;

    /** Segments on this machine (the local engine). */
    public SegmentWorkflow() {
        this(new FitEngines().open(EngineChoice.local()));
    }

    /** Fits k-means on {@code engine} (the k sweep, DBSCAN and Gaussian mixtures run locally only). */
    public SegmentWorkflow(FitEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The engine k-means runs on. */
    public EngineChoice engine() {
        return engine.choice();
    }

    /**
     * Refuses what only the local engine does: a range of k, DBSCAN and Gaussian mixtures.
     *
     * @throws BadParameterException on {@code engine} (or {@code k} for a range) when {@code request} needs the local
     *                               engine but another was chosen
     */
    public void checkEngine(SegmentRequest request) {
        checkEngine(engine.choice(), request);
    }

    /** {@link #checkEngine(SegmentRequest)} before an engine is opened (the options alone). */
    public static void checkEngine(EngineChoice engine, SegmentRequest request) {
        if (engine.kind() == EngineKind.LOCAL) {
            return;
        }
        if (request.algorithm() != SegmentAlgorithm.KMEANS) {
            throw new BadParameterException("engine", "segment.engine.kmeansOnly", "the Spark engine fits k-means"
                    + " only; run " + request.algorithm().key() + " on the local engine (--engine local)",
                    request.algorithm().key());
        }
        if (request.sweepsK()) {
            throw new BadParameterException("k", "segment.engine.oneK", "the Spark engine fits one k at a time;"
                    + " give one k (e.g. --k " + request.kFrom() + ") or sweep a range on the local engine");
        }
    }

    /** The customers of {@code db} with their behaviour features. */
    public SegmentSource read(Database db, Progress progress) {
        return SegmentSource.of(new CustomerFeatureReader(db).read(progress));
    }

    /** The rows of a feature file (CSV or XLSX). */
    public SegmentSource read(Path file, Progress progress) throws IOException {
        return SegmentSource.of(new FeatureFileReader().read(file, progress));
    }

    /**
     * What can be checked of {@code request} against the customers of {@code db} before reading their features
     * (which takes seconds on a large database): k against the number of customers, a cheap COUNT.
     *
     * @throws BadParameterException on {@code k} when more segments are asked for than there are customers
     */
    public void checkBeforeReading(Database db, SegmentRequest request) {
        long customers = DataSetSummary.read(db).rowCount(CrmTable.CUSTOMERS);
        if (customers > 0) {
            request.requireFits((int) Math.min(Integer.MAX_VALUE, customers));
        }
    }

    /**
     * The same for a feature file, against a bound of its rows counted without parsing (its line breaks); nothing is
     * checked for a workbook.
     *
     * @throws BadParameterException on {@code k} when more segments are asked for than the file can have rows
     */
    public void checkBeforeReading(Path file, SegmentRequest request) throws IOException {
        long rows = RecordSources.rowsAtMost(file);
        if (rows > 0) {
            request.requireFits((int) Math.min(Integer.MAX_VALUE, rows));
        }
    }

    /** The newest saved run of {@code db}, if any. */
    public Optional<SegmentRunRecord> latestRun(Database db) {
        return new SegmentRunStore(db).latest();
    }

    /** Prepares the chosen features (the defaults when none are chosen) and checks k against the rows. */
    public PreparedFeatures prepare(SegmentSource source, SegmentRequest request) {
        List<String> chosen = request.defaultFeatures() ? source.defaultFeatures() : request.features();
        PreparedFeatures prepared = prepare(source, chosen, request.scaling());
        request.requireFits(prepared.scaled().rows());
        return prepared;
    }

    /** Prepares {@code chosen} features of {@code source}: one-hot categories, filled gaps, scaled. */
    public PreparedFeatures prepare(SegmentSource source, List<String> chosen, Scaling scaling) {
        return new FeaturePreparation(source.table()).prepare(chosen, scaling);
    }

    /**
     * Segments {@code features} as {@code request} asks: DBSCAN after its k-distance curve (whose knee is the eps
     * when none is given); k-means over a range of k after scoring every k, with the k the metrics suggest; one k
     * of k-means with its stability score.
     */
    public SegmentOutcome run(SegmentSource source, PreparedFeatures features, SegmentRequest request,
                              Progress progress) {
        checkEngine(request);
        Segmentation segmentation = segmentation(source, features, request.outlierRules());
        KChoice choice = null;
        KDistanceCurve curve = null;
        SegmentationSettings settings;
        if (request.algorithm() == SegmentAlgorithm.DBSCAN) {
            curve = kDistances(features, request.minPts(), progress);
            settings = SegmentationSettings.dbscan(request.eps() != null ? request.eps() : curve.suggestedEps(),
                    request.minPts());
        } else if (request.sweepsK()) {
            choice = sweep(features, request.kFrom(), request.kTo(), request.restarts(), request.seed(),
                    SegmentRequest.SWEEP_SILHOUETTE_SAMPLE, progress);
            settings = request.withK(choice.suggestedK());
        } else {
            settings = request.withK(request.kFrom());
        }
        SegmentationResult result = segmentation.run(settings, progress);
        if (choice == null && request.algorithm() == SegmentAlgorithm.KMEANS) {
            // on the rows the segmentation's silhouette is scored on (its seeded sample past 20,000 rows)
            FeatureMatrix scored = new ClusterQuality(settings.seed()).scoredRows(features.scaled());
            double stability = new Stability(SegmentRequest.STABILITY_RESAMPLES, request.seed()).of(scored,
                    new KMeansParameters(settings.k(), request.restarts(), KMeansParameters.DEFAULT_MAX_ITERATIONS,
                            KMeansParameters.DEFAULT_TOLERANCE, request.seed()), new KMeans(), progress);
            choice = KChoice.of(List.of(new KScore(settings.k(), result.quality(), stability, result.clustering())));
        }
        return new SegmentOutcome(features, result, choice, curve, request.eps() == null && curve != null);
    }

    /** A segmentation of {@code features} with the silhouette exact up to its default limit. */
    public Segmentation segmentation(SegmentSource source, PreparedFeatures features, OutlierRules rules) {
        return new Segmentation(features, source.revenue(), rules, ClusterQuality.DEFAULT_EXACT_LIMIT,
                ClusterQuality.DEFAULT_SAMPLE_SIZE, engine.kMeans());
    }

    /** A segmentation of {@code features} whose silhouette is exact up to, and sampled beyond, {@code sample} rows. */
    public Segmentation segmentation(SegmentSource source, PreparedFeatures features, OutlierRules rules,
                                     int sample) {
        return new Segmentation(features, source.revenue(), rules, sample, sample, engine.kMeans());
    }

    /**
     * Scores every k-means k from {@code kFrom} to {@code kTo} (with the stability score).
     *
     * @throws BadParameterException when {@code kTo} exceeds the rows
     */
    public KChoice sweep(PreparedFeatures features, int kFrom, int kTo, int restarts, long seed, int silhouetteSample,
                         Progress progress) {
        return new KSweep(kFrom, kTo, restarts, seed, silhouetteSample, SegmentRequest.STABILITY_RESAMPLES)
                .run(features.scaled(), progress);
    }

    /** DBSCAN's k-distance curve for {@code minPts}, with a suggested eps. */
    public KDistanceCurve kDistances(PreparedFeatures features, int minPts, Progress progress) {
        return new KDistance(minPts).compute(features.scaled(), progress);
    }

    /**
     * Saves {@code result} of the customers of {@code source} with the segments' {@code names} (in the order of its
     * profiles), stamped with the workbench's version; returns the stored run with its id.
     */
    public SegmentRunRecord save(Database db, SegmentSource source, SegmentationResult result, List<String> names) {
        if (source.customers() == null) {
            throw new IllegalArgumentException("only the database's customers can be saved as a run");
        }
        SegmentRunRecord record = SavedRuns.of(result, names, source.customers().customerIds(),
                source.customers().asOf(), Instant.now(), AppVersion.current());
        return new SegmentRunStore(db).save(record);
    }
}
