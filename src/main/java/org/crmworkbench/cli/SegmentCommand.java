package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.work.AppVersion;
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
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.Segmentation;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.analysis.segment.SegmentationSettings;
import org.crmworkbench.analysis.segment.Stability;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.features.FeatureFile;
import org.crmworkbench.data.features.FeatureFileReader;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.analysis.segment.FeaturePreparation;
import org.crmworkbench.present.segment.SavedRuns;
import org.crmworkbench.present.segment.SegmentChartSet;
import org.crmworkbench.present.segment.SegmentFiles;
import org.crmworkbench.present.segment.SegmentFiles.MetricsHeader;
import org.crmworkbench.present.segment.SegmentWording;
import org.crmworkbench.work.BadParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench segment [--input FILE | --db PATH] --algo kmeans|dbscan|gmm --k 5 | --k 2..12 ... --out DIR}:
 * segments customers (or the rows of a file) and writes assignments, profiles, metrics and charts.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class SegmentCommand implements Callable<Integer> {
    private static final Pattern K_RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:\\.\\.\\s*(\\d+)\\s*)?");
    private static final double CHART_WIDTH = 720;
    private static final double CHART_HEIGHT = 480;

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "segment.input")
    Path input;

    @Option(names = "--algo", paramLabel = "NAME", defaultValue = "kmeans", descriptionKey = "segment.algo")
    String algo;

    @Option(names = "--k", paramLabel = "K|A..B", descriptionKey = "segment.k")
    String k;

    @Option(names = "--eps", paramLabel = "E", descriptionKey = "segment.eps")
    Double eps;

    @Option(names = "--min-pts", paramLabel = "M", defaultValue = "5", descriptionKey = "segment.minPts")
    int minPts;

    @Option(names = "--features", paramLabel = "a,b,c", split = ",", descriptionKey = "segment.features")
    List<String> features;

    @Option(names = "--scale", paramLabel = "NAME", defaultValue = "zscore", descriptionKey = "segment.scale")
    String scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "segment.seed")
    long seed;

    @Option(names = "--restarts", paramLabel = "R", defaultValue = "10", descriptionKey = "segment.restarts")
    int restarts;

    @Option(names = "--z", paramLabel = "Z", defaultValue = "3", descriptionKey = "segment.z")
    double z;

    @Option(names = "--iqr", paramLabel = "M", defaultValue = "1.5", descriptionKey = "segment.iqr")
    double iqr;

    @Option(names = "--save", descriptionKey = "segment.save")
    boolean save;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "segment.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        SegmentAlgorithm algorithm = SegmentAlgorithm.fromKey(algo);
        Scaling scaling = Scaling.fromKey(scale);
        int[] kRange = kRange(algorithm, m);
        OutlierRules rules = new OutlierRules(z, iqr);
        if (input != null && save) {
            throw new UsageException(m.get("cli.segment.saveNeedsDb"));
        }
        TerminalProgress progress = context.progress();
        try {
            Source source = input != null ? readFile(m, progress) : readDatabase(m, progress);
            boolean defaults = features == null || features.isEmpty();
            List<String> chosen = defaults ? source.defaults() : features.stream().map(String::trim).toList();
            if (source.file() != null) {
                for (String f : chosen) {
                    var problem = source.file().whyNotNumeric(f);
                    if (problem.isPresent()) {
                        throw new DataProblemException(m.get("cli.segment.notNumeric", f,
                                problem.get().describe(m)));
                    }
                }
            }
            PreparedFeatures prepared = new FeaturePreparation(source.table()).prepare(chosen, scaling);
            int rows = prepared.scaled().rows();
            if (kRange[1] > rows) {
                throw new BadParameterException("k", "segment.kmeans.k.moreThanRows",
                        "k must not exceed the number of rows", kRange[1], rows);
            }
            stdout.println(m.get(defaults ? "cli.segment.defaultFeatures" : "cli.segment.features",
                    String.join(", ", prepared.original().names()), rows));
            prepared.imputed().forEach(f -> stdout.println(m.get("cli.segment.imputed", f.feature(), f.count(),
                    f.value())));
            prepared.constant().forEach(f -> stdout.println(m.get("cli.segment.constant", f)));

            Segmentation segmentation = new Segmentation(prepared, source.revenue(), rules);
            KChoice choice = null;
            KDistanceCurve curve = null;
            SegmentationSettings settings;
            if (algorithm == SegmentAlgorithm.DBSCAN) {
                curve = new KDistance(minPts).compute(prepared.scaled(), progress);
                double e = eps != null ? eps : curve.suggestedEps();
                if (eps == null) {
                    stdout.println(m.get("cli.segment.epsSuggested", e, minPts));
                }
                settings = SegmentationSettings.dbscan(e, minPts);
            } else if (kRange[0] != kRange[1]) {
                choice = new KSweep(kRange[0], kRange[1], restarts, seed, 10_000, 5).run(prepared.scaled(), progress);
                stdout.println(m.get(choice.metricsAgree() ? "cli.segment.kAgreed" : "cli.segment.kDisputed",
                        choice.suggestedK(), String.join(", ", choice.disagreeing().stream().map(x -> m.get(x.messageKey())).toList())));
                settings = new SegmentationSettings(algorithm, choice.suggestedK(), 0, 0, restarts, seed);
            } else {
                settings = new SegmentationSettings(algorithm, kRange[0], 0, 0, restarts, seed);
            }
            SegmentationResult result = segmentation.run(settings, progress);
            if (choice == null && algorithm == SegmentAlgorithm.KMEANS) {
                double stability = new Stability(5, seed).of(prepared.scaled(), new KMeansParameters(settings.k(),
                        restarts, KMeansParameters.DEFAULT_MAX_ITERATIONS, KMeansParameters.DEFAULT_TOLERANCE, seed),
                        new KMeans(), progress);
                choice = KChoice.of(List.of(new KScore(settings.k(), result.quality(), stability,
                        result.clustering())));
            }
            progress.finish();

            Files.createDirectories(out);
            SegmentWording wording = new SegmentWording(m);
            List<String> names = result.profiles().stream().map(wording::suggestName).toList();
            SegmentFiles files = new SegmentFiles(m);
            files.writeAssignments(out.resolve("assignments.csv"), source.table().rowIds(),
                    result.clustering().labels());
            files.writeProfiles(out.resolve("profiles.csv"), result.profiles(), names);
            files.writeMetrics(out.resolve("metrics.json"), new MetricsHeader(source.table().source(), rows,
                    algorithm.key(), scaling.key(), seed, prepared.original().names(), defaults, prepared.imputed()),
                    choice, result);
            List<String> written = new ArrayList<>(List.of("assignments.csv", "profiles.csv", "metrics.json"));
            written.addAll(new SegmentChartSet(m).writeAll(out, result, names,
                    choice != null && choice.scores().size() > 1 ? choice : null, curve, CHART_WIDTH, CHART_HEIGHT));

            for (SegmentProfile p : result.profiles()) {
                int index = result.profiles().indexOf(p);
                stdout.println(m.get("cli.segment.segmentLine", p.segment(), names.get(index), p.size(),
                        p.customerShare() * 100, Double.isNaN(p.revenueShare()) ? "-"
                                : String.format(m.locale(), "%.1f%%", p.revenueShare() * 100)));
            }
            stdout.println(m.get("cli.segment.quality", result.quality().silhouette(),
                    result.quality().silhouetteSample(), result.quality().daviesBouldin(),
                    result.quality().calinskiHarabasz(), result.outliers().rowCount()));
            if (save) {
                SegmentRunRecord saved = saveRun(source, result, names);
                stdout.println(m.get("cli.segment.saved", saved.id()));
            }
            stdout.println(m.get("cli.segment.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    private int[] kRange(SegmentAlgorithm algorithm, Messages m) {
        if (algorithm == SegmentAlgorithm.DBSCAN) {
            if (k != null) {
                throw new UsageException(m.get("cli.segment.kWithDbscan"));
            }
            if (eps != null && !(eps > 0)) {
                throw new BadParameterException("eps", "segment.density.bad.eps", "eps must be greater than 0", eps);
            }
            return new int[] {0, 0};
        }
        String text = k == null ? "2..10" : k;
        Matcher matcher = K_RANGE.matcher(text);
        if (!matcher.matches()) {
            throw new UsageException(m.get("cli.segment.kFormat", text));
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        if (from < 2) {
            throw new BadParameterException("k", "segment.kmeans.k.tooSmall", "k must be at least 2", from);
        }
        if (to < from) {
            throw new UsageException(m.get("cli.segment.kFormat", text));
        }
        if (algorithm == SegmentAlgorithm.GMM && to != from) {
            throw new UsageException(m.get("cli.segment.gmmOneK"));
        }
        return new int[] {from, to};
    }

    private record Source(FeatureTable table, FeatureFile file, double[] revenue, List<String> defaults,
                          CustomerFeatureSet customers, Path database) {
    }

    private Source readFile(Messages m, TerminalProgress progress) throws Exception {
        try {
            FeatureFile file = new FeatureFileReader().read(input, progress);
            List<String> numeric = file.table().numeric().stream().map(FeatureTable.NumericColumn::name).toList();
            if (numeric.isEmpty()) {
                throw new DataProblemException(m.get("cli.segment.noNumeric", input.getFileName(),
                        String.join(", ", file.notNumeric().keySet())));
            }
            return new Source(file.table(), file, null, numeric, null, null);
        } catch (UnreadableFileException e) {
            throw new DataProblemException(e.problem().describe(m));
        }
    }

    private Source readDatabase(Messages m, TerminalProgress progress) {
        Path path = parent.databasePath();
        if (!Database.exists(path)) {
            throw new UsageException(m.get("cli.info.noDatabase", path.toAbsolutePath()));
        }
        try (Database db = parent.openDatabase()) {
            CustomerFeatureSet set = new CustomerFeatureReader(db).read(progress);
            if (set.table().rowCount() == 0) {
                throw new DataProblemException(m.get("cli.segment.noCustomers", db.description()));
            }
            return new Source(set.table(), null, set.revenue(), set.defaultFeatures(), set, path);
        }
    }

    private SegmentRunRecord saveRun(Source source, SegmentationResult result, List<String> names) {
        SegmentRunRecord record = SavedRuns.of(result, names, source.customers().customerIds(),
                source.customers().asOf(), Instant.now(), AppVersion.current());
        try (Database db = parent.openDatabase()) {
            return new SegmentRunStore(db).save(record);
        }
    }

}
