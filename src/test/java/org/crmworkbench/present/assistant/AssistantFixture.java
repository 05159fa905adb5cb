package org.crmworkbench.present.assistant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.analysis.assistant.IntentModel;
import org.crmworkbench.analysis.assistant.KnowledgeBase;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.CurvePoint;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.AssistantRunRecord.Metrics;
import org.crmworkbench.model.AssistantRunRecord.PredictionRow;
import org.crmworkbench.model.KnowledgeEntry;

/**
 * Hand-made assistant evaluations whose figures are counted by hand: a seven-question one (three intents, three
 * out-of-scope questions) and a sample-like one (40 intents, 600 questions drawn with a seed, its figures counted by
 * the fixture itself under the fallback rule) for the pictures.
 *
 * <p>The seven questions, threshold 0.4, margin 0.05:
 * <ol>
 * <li>where is my parcel: delivery, answered delivery 0.82 (correct)</li>
 * <li>can I send it back: returns, answered returns 0.55 (correct)</li>
 * <li>is it covered: warranty, closest returns 0.48 and warranty 0.45, within the margin (handed over)</li>
 * <li>how long is shipping: delivery, answered returns 0.61 (wrong)</li>
 * <li>what is the weather: out of scope, closest out_of_scope 0.7 (handed over)</li>
 * <li>tell me a joke, "please": out of scope, answered delivery 0.5 (wrong)</li>
 * <li>今天天气怎么样: out of scope, closest out_of_scope 0.9 (handed over)</li>
 * </ol>
 * Hence 4 in scope, 3 out of scope; 2 answered correctly, 2 wrongly, 3 handed over of which 2 out of scope; accuracy
 * (2 + 2) / 7, in-scope accuracy 2 / 4, out-of-scope recall 2 / 3. Intents (answered with): delivery support 2,
 * answered 2 (questions 1 and 6), precision 1/2, recall 1/2; returns support 1, answered 2 (2 and 4), precision 1/2,
 * recall 1, F1 2/3; warranty support 1, never answered: precision unknown (NaN), recall 0, F1 unknown. Confusions:
 * delivery to returns once, out_of_scope to delivery once.
 */
public final class AssistantFixture {
    public static final String OOS = "out_of_scope";
    public static final Instant STARTED = Instant.parse("2026-12-07T10:15:00Z");

    private AssistantFixture() {
    }

    public static Metrics smallMetrics() {
        return new Metrics(7, 4, 3, 2, 2, 3, 2, 4.0 / 7, 0.5, 2.0 / 3);
    }

    public static List<IntentRow> smallIntents() {
        return List.of(new IntentRow("delivery", 2, 2, 0.5, 0.5, 0.5),
                new IntentRow("returns", 1, 2, 0.5, 1.0, 2.0 / 3),
                new IntentRow("warranty", 1, 0, Double.NaN, 0.0, Double.NaN));
    }

    public static List<ConfusionRow> smallConfusions() {
        return List.of(new ConfusionRow("delivery", "returns", 1), new ConfusionRow(OOS, "delivery", 1));
    }

    /** At 0 and 0.4 as under the run's policy; at 0.6 questions 2 and 6 are handed over too; at 1 every one. */
    public static List<CurvePoint> smallCurve() {
        return List.of(new CurvePoint(0.0, 2, 2, 3), new CurvePoint(0.4, 2, 2, 3), new CurvePoint(0.6, 1, 1, 5),
                new CurvePoint(1.0, 0, 0, 7));
    }

    public static List<PredictionRow> smallPredictions() {
        return List.of(
                new PredictionRow("where is my parcel", "delivery", "delivery", 0.82, "returns", 0.1, "warranty",
                        0.03, "correct"),
                new PredictionRow("can I send it back", "returns", "returns", 0.55, "delivery", 0.3, null, Double.NaN,
                        "correct"),
                new PredictionRow("is it covered", "warranty", "returns", 0.48, "warranty", 0.45, "delivery", 0.02,
                        "handed-over"),
                new PredictionRow("how long is shipping", "delivery", "returns", 0.61, "delivery", 0.2, "warranty",
                        0.1, "wrong"),
                new PredictionRow("what is the weather", OOS, OOS, 0.7, "delivery", 0.15, "returns", 0.1,
                        "oos-handed-over"),
                new PredictionRow("tell me a joke, \"please\"", OOS, "delivery", 0.5, "returns", 0.3, OOS, 0.1,
                        "wrong"),
                new PredictionRow("今天天气怎么样", OOS, OOS, 0.9, null, Double.NaN, null, Double.NaN,
                        "oos-handed-over"));
    }

    /** The seven-question evaluation (threshold 0.4, margin 0.05; nothing in {@code scored}). */
    public static EvaluationResult smallResult() {
        return new EvaluationResult(new FallbackPolicy(0.4, 0.05), OOS, List.of("delivery", "returns", "warranty"),
                List.of(), smallMetrics(), smallIntents(), smallConfusions(), smallCurve(), smallPredictions());
    }

    /**
     * An assistant of twelve examples (three intents with three each, three out of scope) whose fallback is
     * threshold 0.4, margin 0.05, chosen on held-out examples when {@code chosen}; its model scores nothing.
     */
    public static TrainedAssistant assistant(boolean chosen) {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (String intent : List.of("delivery", "returns", "warranty", OOS)) {
            for (int i = 0; i < 3; i++) {
                entries.add(new KnowledgeEntry(intent + " question " + i, intent, intent.equals(OOS) ? null
                        : "the " + intent + " answer", "en"));
            }
        }
        IntentModel model = new IntentModel() {
            @Override
            public List<String> intents() {
                return List.of("delivery", "returns", "warranty", OOS);
            }

            @Override
            public double[] scores(String question) {
                return new double[4];
            }
        };
        return new TrainedAssistant(KnowledgeBase.of(entries, OOS), model, 1.0, new FallbackPolicy(0.4, 0.05),
                chosen, List.of(), null);
    }

    /** The seven-question run as the files make it (knowledge base {@code shop-kb.csv}, test {@code shop-test.csv}). */
    public static AssistantRunRecord smallRun() {
        return new AssistantFiles().record(smallResult(), assistant(true), "shop-kb.csv", "shop-test.csv", STARTED,
                "test");
    }

    /**
     * 600 questions over 40 intents (two of them named in Chinese, one with a long name) and 60 out of scope, drawn
     * with seed 17: each in-scope question is matched to its intent with probability 0.8, otherwise to a neighbouring
     * one; confidences higher for right matches. Every figure is counted from the questions under threshold 0.35,
     * margin 0.05, the curve at 0, 0.01 ... 1.
     */
    public static AssistantRunRecord sampleLike() {
        List<String> intents = new ArrayList<>();
        String[] stems = {"order_status", "delivery_time", "return_policy", "refund_status", "warranty_claim",
            "payment_methods", "invoice_copy", "change_address", "cancel_order", "product_availability"};
        for (int i = 0; i < 40; i++) {
            intents.add(i == 3 ? "退货流程" : i == 7 ? "发票抬头" : i == 11
                    ? "international_shipping_customs_duties_and_taxes" : stems[i % stems.length]
                    + (i < stems.length ? "" : "_" + (i / stems.length + 1)));
        }
        SplittableRandom random = new SplittableRandom(17);
        List<PredictionRow> rows = new ArrayList<>();
        double threshold = 0.35;
        double margin = 0.05;
        for (int q = 0; q < 600; q++) {
            boolean oos = q % 10 == 9;
            String expected = oos ? OOS : intents.get(random.nextInt(intents.size()));
            String top;
            double confidence;
            if (oos) {
                top = random.nextDouble() < 0.55 ? OOS : intents.get(random.nextInt(intents.size()));
                confidence = 0.15 + 0.5 * random.nextDouble();
            } else if (random.nextDouble() < 0.8) {
                top = expected;
                confidence = 0.35 + 0.6 * random.nextDouble();
            } else {
                top = intents.get((intents.indexOf(expected) + 1 + random.nextInt(3)) % intents.size());
                confidence = 0.1 + 0.5 * random.nextDouble();
            }
            String second = intents.get((intents.indexOf(top) + 5 + intents.size()) % intents.size());
            double secondConfidence = confidence * random.nextDouble() * 0.9;
            String third = intents.get((intents.indexOf(top) + 9 + intents.size()) % intents.size());
            double thirdConfidence = secondConfidence * random.nextDouble();
            rows.add(new PredictionRow("question " + (q + 1), expected, top, confidence, second, secondConfidence,
                    third, thirdConfidence, outcome(expected, top, confidence, secondConfidence, threshold, margin)));
        }
        List<CurvePoint> curve = new ArrayList<>();
        for (int t = 0; t <= 100; t++) {
            int correct = 0;
            int wrong = 0;
            int handed = 0;
            for (PredictionRow p : rows) {
                String o = outcome(p.expected(), p.topIntent(), p.confidence(), p.secondConfidence(), t / 100.0,
                        margin);
                switch (o) {
                    case "correct" -> correct++;
                    case "wrong" -> wrong++;
                    default -> handed++;
                }
            }
            curve.add(new CurvePoint(t / 100.0, correct, wrong, handed));
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // support, predicted, right
        for (String intent : intents) {
            counts.put(intent, new int[3]);
        }
        Map<String, Integer> pairs = new LinkedHashMap<>();
        int correct = 0;
        int wrong = 0;
        int handed = 0;
        int oosHanded = 0;
        for (PredictionRow p : rows) {
            if (!p.expected().equals(OOS)) {
                counts.get(p.expected())[0]++;
            }
            switch (p.outcome()) {
                case "correct" -> {
                    correct++;
                    counts.get(p.topIntent())[1]++;
                    counts.get(p.topIntent())[2]++;
                }
                case "wrong" -> {
                    wrong++;
                    counts.get(p.topIntent())[1]++;
                    pairs.merge(p.expected() + "\u001F" + p.topIntent(), 1, Integer::sum);
                }
                case "oos-handed-over" -> {
                    handed++;
                    oosHanded++;
                }
                default -> handed++;
            }
        }
        List<IntentRow> intentRows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double precision = c[1] == 0 ? Double.NaN : (double) c[2] / c[1];
            double recall = c[0] == 0 ? Double.NaN : (double) c[2] / c[0];
            double f1 = Double.isFinite(precision) && Double.isFinite(recall) && precision + recall > 0
                    ? 2 * precision * recall / (precision + recall) : Double.NaN;
            intentRows.add(new IntentRow(e.getKey(), c[0], c[1], precision, recall, f1));
        }
        List<ConfusionRow> confusions = new ArrayList<>();
        pairs.forEach((k, v) -> confusions.add(new ConfusionRow(k.split("\u001F")[0], k.split("\u001F")[1], v)));
        confusions.sort(java.util.Comparator.comparingInt(ConfusionRow::count).reversed()
                .thenComparing(ConfusionRow::expected).thenComparing(ConfusionRow::predicted));
        Metrics metrics = new Metrics(600, 540, 60, correct, wrong, handed, oosHanded,
                (correct + oosHanded) / 600.0, correct / 540.0, oosHanded / 60.0);
        return new AssistantRunRecord(0, STARTED, "test", "database", null, OOS, threshold, margin, true, 1_800,
                intents.size(), metrics, null, intentRows, confusions, curve, rows);
    }

    /** The fallback rule of {@link FallbackPolicy} on one question's closest two. */
    static String outcome(String expected, String top, double confidence, double second, double threshold,
                          double margin) {
        boolean handed = top.equals(OOS) || confidence < threshold || confidence - second < margin;
        if (handed) {
            return expected.equals(OOS) ? "oos-handed-over" : "handed-over";
        }
        return top.equals(expected) ? "correct" : "wrong";
    }
}
