package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crmworkbench.analysis.segment.FeaturePreparation;
import org.crmworkbench.analysis.segment.OutlierRules;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;
import org.crmworkbench.present.segment.SegmentChartSet;
import org.crmworkbench.present.segment.SegmentWording;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * A saved segmentation's charts and table. The segments are described again from the stored labels, not clustered
 * again: the customers' features are read as they stood on the run's as-of day, each stored label is put on its
 * customer's row by customer id (customers added since are left out), and the features are prepared with the run's
 * features and scaling.
 */
final class SegmentRunItems extends RunItems {
    private static final List<Entry> ENTRIES = List.of(new Entry("scatter", true, true),
            new Entry("profiles", true, true), new Entry("segments", false, true), new Entry("radar", true, false));

    private final Database database;
    /** Each run described once, shared by concurrent builds of its items (see {@link #describe}). */
    private final ConcurrentHashMap<Long, CompletableFuture<Described>> described = new ConcurrentHashMap<>();

    SegmentRunItems(Database database, Messages messages, DataSetWords dataSet) {
        super(messages, dataSet);
        this.database = database;
    }

    @Override
    String kind() {
        return SegmentRunStore.KIND;
    }

    @Override
    List<Entry> entries() {
        return ENTRIES;
    }

    /** The run described again, with its segment names in the order of the result's profiles. */
    record Described(SegmentRunRecord run, SegmentationResult result, List<String> names) {
    }

    @Override
    ReportItem build(SavedRun saved, String key, Progress progress) {
        Described d = describe(saved.id(), progress);
        SegmentRunRecord run = d.run();
        Provenance provenance = provenance(saved, dataSet.of(null, run.startedAt()), run.asOf());
        SegmentChartSet charts = new SegmentChartSet(messages);
        int customers = d.result().clustering().labels().length;
        return switch (key) {
            case "scatter" -> chart(key, messages.get("report.title.segment.scatter", customers, dataSet.name()),
                    provenance, charts.scatter(d.result(), d.names()));
            case "profiles" -> chart(key, messages.get("report.title.segment.profiles", customers, dataSet.name()),
                    provenance, charts.profiles(d.result(), d.names()));
            case "radar" -> chart(key, messages.get("report.title.segment.radar", customers, dataSet.name()),
                    provenance, charts.radar(d.result(), d.names()));
            case "segments" -> table(key, messages.get("report.title.segment.segments", customers, dataSet.name()),
                    provenance, segments(d));
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * The run read, aligned and described, once per run: a build that finds another build of the same run
     * describing it waits for that result or failure (still cancellable through its own {@code progress}) instead
     * of reading all features again; if that build was cancelled, the waiting one describes the run itself. Builds
     * of different runs do not wait for each other.
     */
    Described describe(long runId, Progress progress) {
        while (true) {
            CompletableFuture<Described> mine = new CompletableFuture<>();
            CompletableFuture<Described> shared = described.putIfAbsent(runId, mine);
            if (shared == null) {
                try {
                    Described d = describeAgain(runId, progress);
                    mine.complete(d);
                    return d;
                } catch (RuntimeException | Error e) {
                    described.remove(runId, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            Described d = awaitShared(shared, progress);
            if (d != null) {
                return d;
            }
        }
    }

    /** The other build's result (or its failure), or null when it was cancelled (and so no longer cached). */
    private static Described awaitShared(CompletableFuture<Described> shared, Progress progress) {
        while (true) {
            progress.checkCancelled();
            try {
                return shared.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still describing: look at our own cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException) {
                    return null;
                }
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private Described describeAgain(long runId, Progress progress) {
        SegmentRunRecord run = new SegmentRunStore(database).load(runId).orElseThrow();
        CustomerFeatureReader reader = new CustomerFeatureReader(database);
        CustomerFeatureSet set = run.asOf() == null ? reader.read(progress) : reader.read(run.asOf(), progress);
        progress.checkCancelled();
        Map<Long, Integer> rowOf = new HashMap<>();
        long[] ids = set.customerIds();
        for (int i = 0; i < ids.length; i++) {
            rowOf.put(ids[i], i);
        }
        List<Integer> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < run.customerIds().length; i++) {
            Integer row = rowOf.get(run.customerIds()[i]);
            if (row != null) {
                rows.add(row);
                labels.add(run.labels()[i]);
            }
        }
        if (rows.size() < 2) {
            throw new UnsuitableDataException("report.error.segmentCustomersGone",
                    "the customers of segmentation run " + runId + " are no longer in the data", runId);
        }
        int[] pick = rows.stream().mapToInt(Integer::intValue).toArray();
        FeatureTable table = subset(set.table(), pick);
        double[] revenue = new double[pick.length];
        for (int i = 0; i < pick.length; i++) {
            revenue[i] = set.revenue()[pick[i]];
        }
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(run.features().stream()
                .map(SegmentRunItems::sourceFeature).toList()));
        PreparedFeatures prepared = new FeaturePreparation(table).prepare(chosen, Scaling.fromKey(run.scaling()));
        progress.checkCancelled();
        SegmentationResult result = new Segmentation(prepared, revenue, OutlierRules.defaults())
                .describe(settings(run, labels), labels.stream().mapToInt(Integer::intValue).toArray(), progress);
        SegmentWording wording = new SegmentWording(messages);
        List<String> names = new ArrayList<>();
        for (SegmentProfile p : result.profiles()) {
            names.add(run.segments().stream().filter(s -> s.segment() == p.segment()).map(NamedSegment::name)
                    .findFirst().orElseGet(() -> wording.suggestName(p)));
        }
        return new Described(run, result, names);
    }

    private static SegmentationSettings settings(SegmentRunRecord run, List<Integer> labels) {
        SegmentAlgorithm algorithm = SegmentAlgorithm.fromKey(run.algorithm());
        int found = labels.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int k = run.k() != null ? run.k() : Math.max(2, found);
        return new SegmentationSettings(algorithm, k, run.eps() == null ? 0 : run.eps(),
                run.minPts() == null ? 0 : run.minPts(), run.restarts() == null ? 1 : run.restarts(), run.seed());
    }

    /**
     * One row per segment. Sizes and revenue shares are the ones stored with the run (what the analyst saw when
     * saving it); traits come from the profile rebuilt from the features. Shares are in percent.
     */
    private ReportTable segments(Described d) {
        SegmentWording wording = new SegmentWording(messages);
        List<List<Object>> rows = new ArrayList<>();
        List<SegmentProfile> profiles = d.result().profiles();
        int stored = d.run().customerIds().length;
        for (int i = 0; i < profiles.size(); i++) {
            SegmentProfile p = profiles.get(i);
            List<String> traits = p.traits().stream().limit(3).map(wording::phrase).toList();
            NamedSegment saved = d.run().segments().stream().filter(s -> s.segment() == p.segment()).findFirst()
                    .orElse(null);
            int size = saved != null ? saved.customers() : p.size();
            double revenueShare = saved != null && Double.isFinite(saved.revenueShare()) ? saved.revenueShare()
                    : p.revenueShare();
            rows.add(java.util.Arrays.asList(d.names().get(i), size, cell(100.0 * size / Math.max(1, stored)),
                    cell(100.0 * revenueShare), String.join("; ", traits)));
        }
        return new ReportTable(List.of(messages.get("report.col.segment"), messages.get("report.col.customers"),
                messages.get("report.col.customerShare"), messages.get("report.col.revenueShare"),
                messages.get("report.col.traits")), rows);
    }

    /** A one-hot column {@code region=North} came from the feature {@code region}. */
    static String sourceFeature(String column) {
        int at = column.indexOf(FeaturePreparation.ONE_HOT);
        return at < 0 ? column : column.substring(0, at);
    }

    private static FeatureTable subset(FeatureTable t, int[] rows) {
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) {
            ids.add(t.rowIds().get(r));
        }
        List<FeatureTable.NumericColumn> numeric = new ArrayList<>();
        for (FeatureTable.NumericColumn c : t.numeric()) {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = c.values()[rows[i]];
            }
            numeric.add(new FeatureTable.NumericColumn(c.name(), v));
        }
        List<FeatureTable.CategoryColumn> categories = new ArrayList<>();
        for (FeatureTable.CategoryColumn c : t.categories()) {
            String[] v = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = c.values()[rows[i]];
            }
            categories.add(new FeatureTable.CategoryColumn(c.name(), v));
        }
        return new FeatureTable(t.source(), ids, numeric, categories);
    }
}
