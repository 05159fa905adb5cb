package org.crmworkbench.ui.assistant;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.assistant.Answer;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.analysis.assistant.HandOverReason;
import org.crmworkbench.analysis.assistant.IntentModel;
import org.crmworkbench.analysis.assistant.IntentScore;
import org.crmworkbench.analysis.assistant.KnowledgeBase;
import org.crmworkbench.analysis.assistant.ScoredQuestion;
import org.crmworkbench.analysis.assistant.TrainedAssistant;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.FileResult;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.CurvePoint;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.AssistantRunRecord.Metrics;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Assistant workspace's steps by hand (the matcher, its training and evaluation are other parts' work; here they
 * only have to be shown): a stored knowledge base of six rows (delivery, returns, payment and one out-of-scope
 * example, English and Chinese) kept in memory, a "trained" assistant whose rankings are written out per question,
 * and an evaluation that counts answered / handed over / wrong under the fallback it is given.
 */
final class HandBuiltAssistant implements AssistantSteps {
    static final String OOS = AssistantSettings.DEFAULT_OOS_LABEL;

    /** The stored rows. */
    final List<KnowledgeEntry> stored = new ArrayList<>(List.of(
            new KnowledgeEntry(1, "Where is my parcel?", "delivery", "Orders arrive in 3 to 5 working days.", "en"),
            new KnowledgeEntry(2, "When will my order arrive?", "delivery", null, "en"),
            new KnowledgeEntry(3, "How do I return an item?", "returns", "Send it back within 30 days.", "en"),
            new KnowledgeEntry(4, "我想退货", "returns", "30 天内可以退货。", "zh"),
            new KnowledgeEntry(5, "Can I pay by card?", "payment", "We take cards and PayPal.", "en"),
            new KnowledgeEntry(6, "What is the weather like?", OOS, null, "en")));
    final List<AskedQuestion> logged = new ArrayList<>();
    final List<AssistantSettings> trainedWith = new ArrayList<>();
    final List<Double> drawnThresholds = new ArrayList<>();
    final List<Path> readFiles = new ArrayList<>();
    final List<AssistantRunRecord> saved = new ArrayList<>();
    /** The rankings the "matcher" gives, by question. */
    final Map<String, List<IntentScore>> rankings = new LinkedHashMap<>();
    private long nextId = 7;
    private long nextAsked = 1;

    HandBuiltAssistant() {
        rank("Where is my parcel?", "delivery", 0.82, "returns", 0.10, "payment", 0.05);
        rank("When will my order arrive?", "delivery", 0.55, "returns", 0.30, "payment", 0.10);
        rank("How do I return an item?", "returns", 0.65, "delivery", 0.20, "payment", 0.10);
        rank("我想退货", "delivery", 0.46, "returns", 0.40, "payment", 0.10);
        rank("Can I pay by card?", "payment", 0.90, "delivery", 0.05, "returns", 0.004);
        rank("What is the weather like?", "payment", 0.35, "delivery", 0.30, "returns", 0.20);
        rank("Can I pay in bitcoin?", "payment", 0.31, "delivery", 0.30, "returns", 0.20);
        rank("Tell me a joke", OOS, 0.70, "payment", 0.10, "delivery", 0.10);
        rank("我的快递到哪了", "delivery", 0.74, "returns", 0.15, "payment", 0.06);
    }

    private void rank(String question, String a, double ca, String b, double cb, String c, double cc) {
        rankings.put(question, List.of(new IntentScore(a, ca), new IntentScore(b, cb), new IntentScore(c, cc)));
    }

    private List<IntentScore> ranked(String question) {
        return rankings.getOrDefault(question, List.of(new IntentScore("delivery", 0.34),
                new IntentScore("returns", 0.33), new IntentScore("payment", 0.33)));
    }

    @Override
    public List<KnowledgeEntry> readStored(Database database) {
        return List.copyOf(stored);
    }

    @Override
    public ImportReport importFile(Database database, Path file, Messages messages, Progress progress)
            throws Exception {
        String name = file.getFileName().toString();
        if (name.startsWith("bad")) {
            List<ImportProblem> problems = List.of(new ImportProblem(name, 3, 2, "intent", null,
                    "import.problem.required"));
            throw new ImportFailedException(new ImportReport(List.of(new FileResult(CrmTable.KNOWLEDGE_BASE, name,
                    4, 0, 1, 1, problems, Map.of(), List.of())), false, Duration.ZERO, List.of()));
        }
        stored.clear();
        stored.add(new KnowledgeEntry(nextId++, "Where is my parcel?", "delivery", "Tomorrow.", "en"));
        stored.add(new KnowledgeEntry(nextId++, "Can I pay by card?", "payment", "Yes.", "en"));
        return new ImportReport(List.of(new FileResult(CrmTable.KNOWLEDGE_BASE, name, 2, 2, 0, 0, List.of(),
                Map.of(), List.of())), true, Duration.ZERO, List.of());
    }

    @Override
    public KnowledgeEntry add(Database database, KnowledgeEntry entry) {
        KnowledgeEntry added = entry.withId(nextId++);
        stored.add(added);
        return added;
    }

    @Override
    public boolean update(Database database, KnowledgeEntry entry) {
        boolean found = stored.stream().anyMatch(e -> e.id() == entry.id());
        stored.replaceAll(e -> e.id() == entry.id() ? entry : e);
        return found;
    }

    @Override
    public boolean remove(Database database, long id) {
        return stored.removeIf(e -> e.id() == id);
    }

    @Override
    public List<AskedQuestion> askedQuestions(Database database) {
        return List.copyOf(logged);
    }

    @Override
    public boolean forget(Database database, long id) {
        return logged.removeIf(a -> a.id() == id);
    }

    @Override
    public TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings, Progress progress) {
        trainedWith.add(settings);
        KnowledgeBase base = KnowledgeBase.of(entries, settings.oosLabel());
        FallbackPolicy policy = settings.choosesThreshold() ? new FallbackPolicy(0.4, 0.05)
                : new FallbackPolicy(settings.threshold(), 0.05);
        List<ScoredQuestion> heldOut = entries.stream()
                .map(e -> new ScoredQuestion(e.question(), e.intent(), ranked(e.question()))).toList();
        IntentModel model = new IntentModel() {
            @Override
            public List<String> intents() {
                return base.intents();
            }

            @Override
            public double[] scores(String question) {
                return new double[base.intents().size()];
            }
        };
        return new TrainedAssistant(base, model, 1.0, policy, settings.choosesThreshold(), heldOut, null);
    }

    @Override
    public Answer askAndLog(Database database, TrainedAssistant assistant, String question) {
        List<IntentScore> ranked = ranked(question);
        String oos = assistant.knowledge().oosLabel();
        HandOverReason reason = assistant.policy().decide(ranked, oos);
        String language = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) ? "zh" : "en";
        String intent = reason == null ? ranked.get(0).intent() : null;
        Answer answer = new Answer(question, language, ranked, reason, intent,
                intent == null ? null : assistant.knowledge().answerFor(intent, language));
        if (answer.handedOver() || answer.confidence() < 0.5) {
            logged.add(0, new AskedQuestion(nextAsked++, Instant.parse("2026-12-07T10:15:00Z"), question, language,
                    ranked.get(0).intent(), answer.confidence(), answer.handedOver(),
                    reason == null ? null : reason.code()));
        }
        return answer;
    }

    @Override
    public List<KnowledgeEntry> readFile(Path file, Progress progress) {
        readFiles.add(file);
        return List.of(new KnowledgeEntry("我的快递到哪了", "delivery", null, null),
                new KnowledgeEntry("Tell me a joke", OOS, null, null),
                new KnowledgeEntry("Can I pay in bitcoin?", "payment", null, null));
    }

    @Override
    public EvaluationResult evaluate(TrainedAssistant assistant, List<KnowledgeEntry> test, Progress progress) {
        List<ScoredQuestion> scored = test.stream()
                .map(e -> new ScoredQuestion(e.question(), e.intent(), ranked(e.question()))).toList();
        return evaluation(scored, assistant.knowledge().intents(), assistant.knowledge().oosLabel(),
                assistant.policy());
    }

    @Override
    public EvaluationResult crossValidated(TrainedAssistant assistant) {
        return evaluation(assistant.heldOut(), assistant.knowledge().intents(), assistant.knowledge().oosLabel(),
                assistant.policy());
    }

    @Override
    public EvaluationResult rescore(EvaluationResult result, FallbackPolicy policy) {
        return evaluation(result.scored(), result.intents(), result.oosLabel(), policy);
    }

    /** Counts answered correctly / wrongly / handed over under {@code policy}; per intent and pairs as well. */
    static EvaluationResult evaluation(List<ScoredQuestion> scored, List<String> intents, String oos,
                                       FallbackPolicy policy) {
        int correct = 0;
        int wrong = 0;
        int handed = 0;
        int oosHanded = 0;
        int outOfScope = 0;
        Map<String, Integer> pairs = new LinkedHashMap<>();
        Map<String, int[]> perIntent = new LinkedHashMap<>();
        intents.forEach(i -> perIntent.put(i, new int[3])); // support, predicted, hits
        for (ScoredQuestion q : scored) {
            boolean inScope = !q.expected().equals(oos);
            outOfScope += inScope ? 0 : 1;
            HandOverReason reason = policy.decide(q.ranked(), oos);
            String answered = reason == null ? q.ranked().get(0).intent() : null;
            if (inScope) {
                perIntent.get(q.expected())[0]++;
            }
            if (answered != null && perIntent.containsKey(answered)) {
                perIntent.get(answered)[1]++;
            }
            if (answered == null) {
                handed++;
                oosHanded += inScope ? 0 : 1;
            } else if (answered.equals(q.expected())) {
                correct++;
                perIntent.get(answered)[2]++;
            } else {
                wrong++;
                pairs.merge(q.expected() + "\u0000" + answered, 1, Integer::sum);
            }
        }
        int n = scored.size();
        int in = n - outOfScope;
        Metrics metrics = new Metrics(n, in, outOfScope, correct, wrong, handed, oosHanded,
                (double) (correct + oosHanded) / n, in == 0 ? Double.NaN : (double) correct / in,
                outOfScope == 0 ? Double.NaN : (double) oosHanded / outOfScope);
        List<IntentRow> rows = new ArrayList<>();
        perIntent.forEach((intent, c) -> {
            double precision = c[1] == 0 ? Double.NaN : (double) c[2] / c[1];
            double recall = c[0] == 0 ? Double.NaN : (double) c[2] / c[0];
            rows.add(new IntentRow(intent, c[0], c[1], precision, recall,
                    2 * precision * recall / (precision + recall)));
        });
        List<ConfusionRow> confusions = pairs.entrySet().stream().map(e -> new ConfusionRow(
                e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue())).toList();
        List<CurvePoint> curve = List.of(new CurvePoint(0, correct, wrong, handed), new CurvePoint(1, 0, 0, n));
        return new EvaluationResult(policy, oos, intents, scored, metrics, rows, confusions, curve, List.of());
    }

    @Override
    public AssistantRunRecord record(EvaluationResult result, TrainedAssistant assistant, String knowledgeSource,
                                     String testSource, Instant startedAt) {
        return new AssistantRunRecord(0, startedAt, "test", knowledgeSource, testSource, result.oosLabel(),
                result.policy().threshold(), result.policy().margin(), assistant.policyChosen(),
                assistant.knowledge().entries().size(), assistant.knowledge().intents().size(), result.metrics(),
                "{}", result.intentScores(), result.confusions(), result.curve(), result.predictions());
    }

    @Override
    public AssistantRunRecord save(Database database, AssistantRunRecord run) {
        saved.add(run);
        return run.withId(11);
    }

    @Override
    public AssistantDrawing.Charts charts(Messages messages) {
        return new AssistantDrawing.Charts() {
            @Override
            public JFreeChart tradeOff(AssistantRunRecord run, double threshold) {
                drawnThresholds.add(threshold);
                return ChartFactory.createXYLineChart("trade-off", "threshold", "share", new XYSeriesCollection());
            }

            @Override
            public JFreeChart intents(AssistantRunRecord run) {
                return ChartFactory.createXYLineChart("intents", "x", "y", new XYSeriesCollection());
            }
        };
    }
}
