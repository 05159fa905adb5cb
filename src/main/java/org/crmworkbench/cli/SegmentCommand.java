package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.Scaling;
import org.crmworkbench.analysis.segment.SegmentAlgorithm;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.segment.SegmentChartSet;
import org.crmworkbench.present.segment.SegmentFiles;
import org.crmworkbench.present.segment.SegmentFiles.MetricsHeader;
import org.crmworkbench.present.segment.SegmentWording;
import org.crmworkbench.workflow.SegmentOutcome;
import org.crmworkbench.workflow.SegmentRequest;
import org.crmworkbench.workflow.SegmentSource;
import org.crmworkbench.workflow.SegmentWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    PseudonymOptions pseudonyms;

    @Mixin
    EngineOptions engines;

    /** How the rows' ids are written (as they are, or pseudonymized); set when the command starts. */
    private PersonalDataPolicy people = PersonalDataPolicy.masked();

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        people = pseudonyms.policy(context.home(), false);
        Messages m = context.messages();
        SegmentRequest request = request(m);
        if (input != null && save) {
            throw new UsageException(m.get("cli.segment.saveNeedsDb"));
        }
        SegmentWorkflow.checkEngine(engines.choice(), request);
        try (FitEngine engine = engines.open(context.engines())) {
            SegmentWorkflow workflow = new SegmentWorkflow(engine);
            return run(context, request, workflow);
        }
    }

    private Integer run(CliContext context, SegmentRequest request, SegmentWorkflow workflow) throws Exception {
        Messages m = context.messages();
        PrintStream stdout = context.out();
        TerminalProgress progress = context.progress();
        try {
            SegmentSource source = input != null ? readFile(workflow, request, m, progress)
                    : readDatabase(workflow, request, m, progress);
            PreparedFeatures prepared = workflow.prepare(source, request);
            int rows = prepared.scaled().rows();
            stdout.println(m.get(request.defaultFeatures() ? "cli.segment.defaultFeatures" : "cli.segment.features",
                    String.join(", ", prepared.original().names()), rows));
            prepared.imputed().forEach(f -> stdout.println(m.get("cli.segment.imputed", f.feature(), f.count(),
                    f.value())));
            prepared.constant().forEach(f -> stdout.println(m.get("cli.segment.constant", f)));

            SegmentOutcome outcome = workflow.run(source, prepared, request, progress);
            SegmentationResult result = outcome.result();
            KChoice choice = outcome.kChoice();
            if (outcome.epsSuggested()) {
                stdout.println(m.get("cli.segment.epsSuggested", result.settings().eps(), request.minPts()));
            }
            if (request.sweepsK()) {
                stdout.println(m.get(choice.metricsAgree() ? "cli.segment.kAgreed" : "cli.segment.kDisputed",
                        choice.suggestedK(), String.join(", ", choice.disagreeing().stream()
                                .map(x -> m.get(x.messageKey())).toList())));
            }
            progress.finish();

            SegmentWording wording = new SegmentWording(m);
            List<String> names = result.profiles().stream().map(wording::suggestName).toList();
            List<String> written = writeFiles(m, source, request, outcome, names);
            printSegments(m, stdout, result, names);
            if (save) {
                try (Database db = parent.openDatabase()) {
                    SegmentRunRecord saved = workflow.save(db, source, result, names);
                    stdout.println(m.get("cli.segment.saved", saved.id()));
                }
            }
            stdout.println(m.get("cli.segment.wrote", out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
    }

    /** Writes assignments, profiles, metrics and charts to {@code out}; returns the files' names. */
    private List<String> writeFiles(Messages m, SegmentSource source, SegmentRequest request, SegmentOutcome outcome,
                                    List<String> names) throws IOException {
        Path dir = parent.outputFolder(out);
        SegmentationResult result = outcome.result();
        PreparedFeatures prepared = outcome.features();
        SegmentFiles files = new SegmentFiles(m);
        files.writeAssignments(dir.resolve("assignments.csv"), source.table().rowIds().stream().map(people::id)
                .toList(), result.clustering().labels());
        files.writeProfiles(dir.resolve("profiles.csv"), result.profiles(), names);
        files.writeMetrics(dir.resolve("metrics.json"), new MetricsHeader(source.table().source(),
                prepared.scaled().rows(), request.algorithm().key(), request.scaling().key(), request.seed(),
                prepared.original().names(), request.defaultFeatures(), prepared.imputed()), outcome.kChoice(), result);
        List<String> written = new ArrayList<>(List.of("assignments.csv", "profiles.csv", "metrics.json"));
        written.addAll(new SegmentChartSet(m).writeAll(dir, result, names, outcome.sweep(), outcome.kDistances(),
                CHART_WIDTH, CHART_HEIGHT));
        return written;
    }

    /** One line per segment, then the quality scores. */
    private static void printSegments(Messages m, PrintStream stdout, SegmentationResult result, List<String> names) {
        for (SegmentProfile p : result.profiles()) {
            int index = result.profiles().indexOf(p);
            stdout.println(m.get("cli.segment.segmentLine", p.segment(), names.get(index), p.size(),
                    p.customerShare() * 100, Double.isNaN(p.revenueShare()) ? "-"
                            : String.format(m.locale(), "%.1f%%", p.revenueShare() * 100)));
        }
        stdout.println(m.get("cli.segment.quality", result.quality().silhouette(),
                result.quality().silhouetteSample(), result.quality().daviesBouldin(),
                result.quality().calinskiHarabasz(), result.outliers().rowCount()));
    }

    /**
     * The options as a request. The checks that are the command line's own (the form of --k, --k with dbscan, a
     * range of k with gmm) come first; the request checks the values.
     */
    private SegmentRequest request(Messages m) {
        SegmentAlgorithm algorithm = SegmentAlgorithm.fromKey(algo);
        Scaling scaling = Scaling.fromKey(scale);
        int from = 0;
        int to = 0;
        if (algorithm == SegmentAlgorithm.DBSCAN) {
            if (k != null) {
                throw new UsageException(m.get("cli.segment.kWithDbscan"));
            }
        } else {
            String text = k == null ? "2..10" : k;
            Matcher matcher = K_RANGE.matcher(text);
            if (!matcher.matches()) {
                throw new UsageException(m.get("cli.segment.kFormat", text));
            }
            from = Integer.parseInt(matcher.group(1));
            to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
            KMeansParameters.requireK(from);
            if (to < from) {
                throw new UsageException(m.get("cli.segment.kFormat", text));
            }
            if (algorithm == SegmentAlgorithm.GMM && to != from) {
                throw new UsageException(m.get("cli.segment.gmmOneK"));
            }
        }
        return new SegmentRequest(features, scaling, algorithm, from, to, eps, minPts, restarts, seed, z, iqr);
    }

    private SegmentSource readFile(SegmentWorkflow workflow, SegmentRequest request, Messages m,
                                   TerminalProgress progress) throws Exception {
        SegmentSource source;
        if (k != null && java.nio.file.Files.isRegularFile(input)) {
            // an asked k is checked against the file's lines at once; the default range waits for the rows, so a
            // problem in a small file is told first
            workflow.checkBeforeReading(input, request);
        }
        try {
            source = workflow.read(input, progress);
        } catch (UnreadableFileException e) {
            throw new DataProblemException(e.problem().describe(m));
        }
        if (source.defaultFeatures().isEmpty()) {
            throw new DataProblemException(m.get("cli.segment.noNumeric", input.getFileName(),
                    String.join(", ", source.file().notNumeric().keySet())));
        }
        List<String> chosen = request.defaultFeatures() ? source.defaultFeatures() : request.features();
        for (String f : chosen) {
            var problem = source.file().whyNotNumeric(f);
            if (problem.isPresent()) {
                throw new DataProblemException(m.get("cli.segment.notNumeric", f, problem.get().describe(m)));
            }
        }
        return source;
    }

    private SegmentSource readDatabase(SegmentWorkflow workflow, SegmentRequest request, Messages m,
                                       TerminalProgress progress) {
        parent.requireExistingDatabase();
        try (Database db = parent.openDatabase()) {
            if (k != null) {
                workflow.checkBeforeReading(db, request);
            }
            SegmentSource source = workflow.read(db, progress);
            if (source.rows() == 0) {
                throw new DataProblemException(m.get("cli.segment.noCustomers", db.description()));
            }
            return source;
        }
    }
}
