package org.crmworkbench.analysis.assistant;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * The shipped assistant on CLINC150 "full" (Larson et al. 2019, CC BY 3.0; assets/public/clinc150), printed next to
 * the paper's Table 2, with the training time on its 15,000 in-scope examples and the answer latency. Run with
 * {@code mvn -q -B test-compile exec:java@assistant-benchmark} from the project directory. Prints figures only; the
 * accuracy floor is {@link AssistantClincTest}.
 *
 * <p>Protocol: the assistant is trained with the product's defaults on the training split plus its 100 out-of-scope
 * examples (label {@code oos}); the validation split (3,000 in-scope + 100 out-of-scope) scores a threshold choice; the
 * test split (4,500 + 1,000) is reported. Rows: no threshold (out of scope only when {@code oos} ranks first, the
 * paper's "oos-train"); a threshold chosen on validation by the paper's rule (accuracy with out of scope as a 151st
 * class, i.e. a wrong answer costs 0) and by the product's default (a wrong answer costs 1); the policy the product
 * chose by itself on cross-validated training examples (threshold and margin, no validation split); and, for the
 * paper's "oos-threshold" rows, the assistant trained on in-scope examples only with the paper's threshold rule.
 */
public final class AssistantClincBenchmark {
    private static final String[] PAPER = {
        "paper, oos-train:     SVM 91.0 / 14.5, Rasa 91.5 / 45.3, MLP 93.5 / 47.4, BERT 96.9 / 40.3",
        "paper, oos-threshold: SVM 88.2 / 18.0, Rasa 90.9 / 31.2, FastText 88.6 / 28.3, MLP 93.4 / 49.1,"
            + " BERT 96.2 / 52.3",
    };

    private AssistantClincBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Clinc150 data = Clinc150.read();
        TextAnalyzer analyzer = new TextAnalyzer(LanguageChoice.ENGLISH);
        AssistantSettings settings = AssistantSettings.defaults().withOosLabel(Clinc150.OOS);
        System.out.printf(Locale.ROOT, "CLINC150 full: train %,d, validation %,d, test %,d questions%n",
                data.train().size(), data.val().size(), data.test().size());

        List<KnowledgeEntry> inScopeTrain = Clinc150.inScope(data.train());
        // Warm-up on a small part, then the timed fits: the matcher alone, and the whole training with its folds.
        new IntentMatcherTrainer(analyzer).fit(inScopeTrain.subList(0, 1_500), Progress.none());
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        new IntentMatcherTrainer(analyzer).fit(inScopeTrain, Progress.none());
        System.out.printf(Locale.ROOT, "training on the %,d in-scope examples: the matcher alone %.2f s wall, %.2f s "
                + "CPU (all threads; goal: under 5 s)%n", inScopeTrain.size(), (System.nanoTime() - t0) / 1e9,
                (processCpuNanos() - cpu0) / 1e9);
        t0 = System.nanoTime();
        cpu0 = processCpuNanos();
        TrainedAssistant assistant = new AssistantTraining(analyzer).train(data.train(), settings, Progress.none());
        System.out.printf(Locale.ROOT, "the whole training on %,d examples (the matcher, %d folds for calibration and "
                + "the threshold): %.2f s wall, %.2f s CPU%n", data.train().size(), settings.folds(),
                (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9);

        List<ScoredQuestion> validation = ClincProtocol.score(assistant, data.val());
        List<ScoredQuestion> test = ClincProtocol.score(assistant, data.test());
        double paperThreshold = ClincProtocol.chooseThreshold(validation, Clinc150.OOS, 0);
        double productThreshold = ClincProtocol.chooseThreshold(validation, Clinc150.OOS, 1);

        System.out.println();
        System.out.println("in-scope accuracy / oos recall on the test split (4,500 in scope, 1,000 out of scope):");
        row("oos-train, no threshold", ClincProtocol.metrics(test, assistant, new FallbackPolicy(0, 0)), 0, 0);
        row("oos-train + threshold, paper rule (cost 0)",
                ClincProtocol.metrics(test, assistant, new FallbackPolicy(paperThreshold, 0)), paperThreshold, 0);
        row("oos-train + threshold, product rule (cost 1)",
                ClincProtocol.metrics(test, assistant, new FallbackPolicy(productThreshold, 0)), productThreshold, 0);
        FallbackPolicy chosen = assistant.policy();
        row("oos-train, product's own choice (folds, cost 1)", ClincProtocol.metrics(test, assistant, chosen),
                chosen.threshold(), chosen.margin());
        TrainedAssistant inScopeOnly = new AssistantTraining(analyzer).train(inScopeTrain, settings, Progress.none());
        double thresholdInScopeOnly = ClincProtocol.chooseThreshold(ClincProtocol.score(inScopeOnly, data.val()),
                Clinc150.OOS, 0);
        row("oos-threshold (no oos examples), paper rule", ClincProtocol.metrics(
                ClincProtocol.score(inScopeOnly, data.test()), inScopeOnly,
                new FallbackPolicy(thresholdInScopeOnly, 0)), thresholdInScopeOnly, 0);
        for (String line : PAPER) {
            System.out.println("  " + line);
        }
        System.out.println();

        for (KnowledgeEntry row : data.val()) {
            assistant.ask(row.question());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[data.test().size()];
        long[] cpuNanos = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            assistant.ask(data.test().get(i).question());
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        latency("answer latency over " + String.format(Locale.ROOT, "%,d", nanos.length) + " test questions, wall",
                nanos);
        latency("the same, CPU time of the answering thread", cpuNanos);
    }

    private static void latency(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: mean %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms (goal: under 5 ms)%n",
                what, Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** CPU time of the whole process so far (every thread; a loaded machine inflates the wall time, not this). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void row(String name, AssistantRunRecord.Metrics m, double threshold, double margin) {
        System.out.printf(Locale.ROOT, "  %-50s %5.1f / %5.1f   (threshold %.3f, margin %.2f; accuracy %.1f)%n",
                name, 100 * m.inScopeAccuracy(), 100 * m.oosRecall(), threshold, margin, 100 * m.accuracy());
    }
}
