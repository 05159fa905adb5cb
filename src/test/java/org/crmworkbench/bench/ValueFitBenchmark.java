package org.crmworkbench.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.crmworkbench.analysis.value.CdnowSample;
import org.crmworkbench.analysis.value.GammaGammaFitter;
import org.crmworkbench.analysis.value.GammaGammaModel;
import org.crmworkbench.analysis.value.OptimiserComparison;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.PurchaseModels;
import org.crmworkbench.analysis.value.PurchaseSimulator;
import org.crmworkbench.work.Progress;

/**
 * Value model fits benchmark (not a test). Prints the warm fit times (median of repeats, after 20 warm-up fits) of
 * BG/NBD, Pareto/NBD and Gamma-Gamma on CDNOW's 2,357 customers; BG/NBD by commons-math3's conjugate gradients on
 * the same objective (the reason {@code MaximumLikelihoodFit} is a BFGS of its own); BG/NBD on 1,000,000 customers
 * simulated from r = 0.243, alpha = 4.414, a = 0.793, b = 2.426 with ages of 27 to 39 weeks (seed 14). Then it
 * writes the simulated customers to {@code target/value-bench-simulated.csv} and runs
 * {@code /usr/bin/python3 src/test/resources/reference/value/value_fit_reference.py} on the same data (scipy's BFGS
 * on vectorised numpy log-likelihoods), printing its times for the ratio. Goals: under 50 ms for CDNOW and under 5 s
 * for 1,000,000 customers, warm.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@value-benchmark} from the project directory. scipy's
 * 1,000,000-customer fit is timed once (about two minutes).
 */
public final class ValueFitBenchmark {
    private static final int SIMULATED = 1_000_000;

    private ValueFitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CdnowSample cdnow = CdnowSample.summary();
        CdnowSample spend = CdnowSample.withSpend();
        PurchaseModels models = new PurchaseModels();
        for (int i = 0; i < 20; i++) {
            models.fit(PurchaseModelKind.BGNBD, cdnow.x(), cdnow.tx(), cdnow.age(), Progress.none());
            new GammaGammaFitter().fit(spend.x(), spend.m(), Progress.none());
        }
        models.fit(PurchaseModelKind.PNBD, cdnow.x(), cdnow.tx(), cdnow.age(), Progress.none());
        System.out.printf(Locale.ROOT, "%d threads%n", Runtime.getRuntime().availableProcessors());
        report("BG/NBD, CDNOW 2,357", 21,
                () -> models.fit(PurchaseModelKind.BGNBD, cdnow.x(), cdnow.tx(), cdnow.age(), Progress.none()));
        double[][] cg = new double[1][];
        double cgMs = median(5, () -> {
            cg[0] = OptimiserComparison.conjugateGradientBgNbd(cdnow.x(), cdnow.tx(), cdnow.age());
            return null;
        });
        System.out.printf(Locale.ROOT, "%-34s %10.1f ms  r %.4f alpha %.4f a %.4f b %.4f  LL %.4f (%d evaluations)%n",
                "BG/NBD by commons-math3 CG", cgMs, cg[0][0], cg[0][1], cg[0][2], cg[0][3], cg[0][4], (long) cg[0][5]);
        report("Pareto/NBD, CDNOW 2,357", 5,
                () -> models.fit(PurchaseModelKind.PNBD, cdnow.x(), cdnow.tx(), cdnow.age(), Progress.none()));
        GammaGammaModel[] gg = new GammaGammaModel[1];
        double ggMs = median(21, () -> {
            gg[0] = new GammaGammaFitter().fit(spend.x(), spend.m(), Progress.none());
            return null;
        });
        System.out.printf(Locale.ROOT, "%-34s %10.1f ms  p %.4f q %.4f gamma %.4f  LL %.4f%n", "Gamma-Gamma, CDNOW 946",
                ggMs, gg[0].p(), gg[0].q(), gg[0].gamma(), gg[0].logLikelihood());

        long start = System.nanoTime();
        PurchaseSimulator big = PurchaseSimulator.bgNbd(0.243, 4.414, 0.793, 2.426, SIMULATED, 27, 39, 14L);
        System.out.printf(Locale.ROOT, "simulated %,d customers in %.0f ms%n", SIMULATED,
                (System.nanoTime() - start) / 1e6);
        models.fit(PurchaseModelKind.BGNBD, big.x(), big.tx(), big.age(), Progress.none());
        report("BG/NBD, simulated 1,000,000", 3,
                () -> models.fit(PurchaseModelKind.BGNBD, big.x(), big.tx(), big.age(), Progress.none()));

        Path csv = Path.of("target", "value-bench-simulated.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("x,tx,T\n");
            for (int i = 0; i < SIMULATED; i++) {
                out.write(big.x()[i] + "," + big.tx()[i] + "," + big.age()[i] + "\n");
            }
        }
        System.out.println("scipy (value_fit_reference.py) on the same data:");
        Process python = new ProcessBuilder("/usr/bin/python3",
                Path.of("src", "test", "resources", "reference", "value", "value_fit_reference.py").toString(),
                csv.toString()).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(python.getInputStream(),
                StandardCharsets.UTF_8))) {
            in.lines().forEach(line -> System.out.println("  " + line));
        }
        System.out.println("python3 exit " + python.waitFor());
    }

    private static void report(String label, int repeats, Supplier<PurchaseModel> fit) {
        PurchaseModel[] model = new PurchaseModel[1];
        double ms = median(repeats, () -> {
            model[0] = fit.get();
            return null;
        });
        StringBuilder parameters = new StringBuilder();
        model[0].parameters().forEach(p -> parameters.append(String.format(Locale.ROOT, "%s %.4f (%.4f) ", p.name(),
                p.value(), p.standardError())));
        System.out.printf(Locale.ROOT, "%-34s %10.1f ms  %s LL %.4f%n", label, ms, parameters,
                model[0].logLikelihood());
    }

    private static double median(int repeats, Supplier<Void> work) {
        double[] times = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            work.get();
            times[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }
}
