package org.crmworkbench.present.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.assistant.EvaluationResult;
import org.crmworkbench.analysis.assistant.FallbackPolicy;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of {@code assistant --evaluate} and the run record of the hand-made seven-question evaluation. */
class AssistantFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theRecordHoldsTheEvaluationAndTheAssistantsKnowledgeBase() {
        AssistantRunRecord run = AssistantFixture.smallRun();
        assertEquals(0, run.id());
        assertEquals(AssistantFixture.STARTED, run.startedAt());
        assertEquals("test", run.appVersion());
        assertEquals("shop-kb.csv", run.knowledgeSource());
        assertEquals("shop-test.csv", run.testSource());
        assertEquals("out_of_scope", run.oosLabel());
        assertEquals(0.4, run.threshold());
        assertEquals(0.05, run.margin());
        assertTrue(run.chosen());
        assertEquals(12, run.examples(), "every example, the three out-of-scope ones included");
        assertEquals(3, run.intents(), "in-scope intents only");
        assertEquals(AssistantFixture.smallMetrics(), run.metrics());
        assertEquals(AssistantFixture.smallIntents(), run.intentScores());
        assertEquals(AssistantFixture.smallConfusions(), run.confusions());
        assertEquals(AssistantFixture.smallCurve(), run.curve());
        assertEquals(AssistantFixture.smallPredictions(), run.predictions());
        AssistantFiles files = new AssistantFiles();
        assertEquals(files.summary(AssistantFixture.smallResult(), AssistantFixture.assistant(true)), run.summary());
        assertEquals(run.summary(), files.metrics(run), "metrics.json from the record's fields is the summary");
        assertNull(files.record(AssistantFixture.smallResult(), AssistantFixture.assistant(true), "database", null,
                null, "test").testSource());
    }

    @Test
    void theThresholdCountsAsChosenOnlyUnderTheAssistantsOwnChoice() {
        AssistantFiles files = new AssistantFiles();
        assertFalse(files.record(AssistantFixture.smallResult(), AssistantFixture.assistant(false), "kb.csv", null,
                null, "test").chosen(), "given by the user");
        EvaluationResult moved = at(AssistantFixture.smallResult(), new FallbackPolicy(0.6, 0.05));
        AssistantRunRecord run = files.record(moved, AssistantFixture.assistant(true), "kb.csv", null, null, "test");
        assertFalse(run.chosen(), "the slider moved the threshold away from the chosen one");
        assertEquals(0.6, run.threshold());
    }

    @Test
    void metricsJsonHasEveryFigureInAFixedOrderWithNullForWhatCannotBeComputed() throws Exception {
        new AssistantFiles().write(dir, AssistantFixture.smallRun());
        String text = Files.readString(dir.resolve("metrics.json"), StandardCharsets.UTF_8);
        assertEquals(AssistantFixture.smallRun().summary() + "\n", text);
        JsonNode json = JSON.readTree(text);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("accuracy", "in_scope_accuracy", "oos_recall", "threshold", "margin", "threshold_chosen",
                "oos_label", "questions", "in_scope", "out_of_scope", "answered_correctly", "answered_wrongly",
                "handed_over", "oos_handed_over", "intents", "top_confusions"), keys);
        // (2 answered correctly + 2 out-of-scope handed over) / 7 questions; 2 of 4 in scope; 2 of 3 out of scope
        assertEquals(4.0 / 7, json.get("accuracy").doubleValue(), 0);
        assertEquals(0.5, json.get("in_scope_accuracy").doubleValue(), 0);
        assertEquals(2.0 / 3, json.get("oos_recall").doubleValue(), 0);
        assertEquals(0.4, json.get("threshold").doubleValue(), 0);
        assertEquals(0.05, json.get("margin").doubleValue(), 0);
        assertTrue(json.get("threshold_chosen").booleanValue());
        assertEquals("out_of_scope", json.get("oos_label").textValue());
        assertEquals(List.of(7, 4, 3, 2, 2, 3, 2), List.of(json.get("questions").intValue(),
                json.get("in_scope").intValue(), json.get("out_of_scope").intValue(),
                json.get("answered_correctly").intValue(), json.get("answered_wrongly").intValue(),
                json.get("handed_over").intValue(), json.get("oos_handed_over").intValue()));
        JsonNode intents = json.get("intents");
        assertEquals(3, intents.size());
        assertEquals("returns", intents.get(1).get("intent").textValue());
        assertEquals(2.0 / 3, intents.get(1).get("f1").doubleValue(), 0);
        JsonNode warranty = intents.get(2);
        assertEquals(List.of("intent", "support", "predicted", "precision", "recall", "f1"),
                names(warranty.fieldNames()));
        assertTrue(warranty.get("precision").isNull(), "never answered: no precision");
        assertTrue(warranty.get("f1").isNull());
        assertEquals(0, warranty.get("recall").intValue());
        JsonNode confusions = json.get("top_confusions");
        assertEquals(2, confusions.size());
        assertEquals("out_of_scope", confusions.get(1).get("expected").textValue());
        assertEquals("delivery", confusions.get(1).get("predicted").textValue());
        assertEquals(1, confusions.get(1).get("count").intValue());
        // the text itself, as a person reads it
        assertTrue(text.startsWith("{\n  \"accuracy\" : 0.5714285714285714,\n  \"in_scope_accuracy\" : 0.5,\n"
                + "  \"oos_recall\" : 0.6666666666666666,\n  \"threshold\" : 0.4,\n  \"margin\" : 0.05,\n"
                + "  \"threshold_chosen\" : true,\n"), text);
        assertTrue(text.contains("    \"intent\" : \"warranty\",\n    \"support\" : 1,\n    \"predicted\" : 0,\n"
                + "    \"precision\" : null,\n    \"recall\" : 0,\n    \"f1\" : null\n"), text);
    }

    @Test
    void withoutOutOfScopeQuestionsTheirRecallIsNullAndOnlyTheFifteenCommonestConfusionsAreListed() throws Exception {
        EvaluationResult small = AssistantFixture.smallResult();
        List<ConfusionRow> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new ConfusionRow("e" + (char) ('a' + i), "p", 1 + i % 4));
        }
        EvaluationResult inScope = new EvaluationResult(small.policy(), small.oosLabel(), small.intents(), List.of(),
                new AssistantRunRecord.Metrics(4, 4, 0, 2, 1, 1, 0, 0.5, 0.5, Double.NaN), small.intentScores(),
                many, small.curve(), small.predictions().subList(0, 4));
        JsonNode json = JSON.readTree(new AssistantFiles().summary(inScope, AssistantFixture.assistant(true)));
        assertTrue(json.get("oos_recall").isNull());
        assertEquals(0, json.get("out_of_scope").intValue());
        JsonNode top = json.get("top_confusions");
        assertEquals(AssistantFiles.TOP_CONFUSIONS, top.size());
        assertEquals(15, top.size());
        // counts 4 (ed, eh, el, ep, et), then 3 ..., ties by name
        assertEquals("ed", top.get(0).get("expected").textValue());
        assertEquals(4, top.get(0).get("count").intValue());
        assertEquals("et", top.get(4).get("expected").textValue());
        assertEquals(3, top.get(5).get("count").intValue());
        assertEquals(2, top.get(14).get("count").intValue());
    }

    @Test
    void predictionsAndIntentsAreWrittenCellByCellWhateverTheLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            new AssistantFiles().write(dir, AssistantFixture.smallRun());
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("""
                question,expected,predicted,top_intent,confidence,second_intent,second_confidence,third_intent,\
                third_confidence,outcome
                where is my parcel,delivery,delivery,delivery,0.82,returns,0.1,warranty,0.03,correct
                can I send it back,returns,returns,returns,0.55,delivery,0.3,,,correct
                is it covered,warranty,,returns,0.48,warranty,0.45,delivery,0.02,handed-over
                how long is shipping,delivery,returns,returns,0.61,delivery,0.2,warranty,0.1,wrong
                what is the weather,out_of_scope,,out_of_scope,0.7,delivery,0.15,returns,0.1,oos-handed-over
                "tell me a joke, \"\"please\"\"\",out_of_scope,delivery,delivery,0.5,returns,0.3,out_of_scope,0.1,wrong
                今天天气怎么样,out_of_scope,,out_of_scope,0.9,,,,,oos-handed-over
                """, Files.readString(dir.resolve("predictions.csv"), StandardCharsets.UTF_8));
        assertEquals("""
                intent,support,predicted,precision,recall,f1
                delivery,2,2,0.5,0.5,0.5
                returns,1,2,0.5,1,0.6666666666666666
                warranty,1,0,,0,
                """, Files.readString(dir.resolve("intents.csv"), StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve("metrics.json")).contains("\"margin\" : 0.05,"));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of("intents.csv", "metrics.json", "predictions.csv"), listing
                    .map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left behind");
        }
    }

    @Test
    void aRecordMadeElsewhereStillGetsItsFullMetricsFile() throws Exception {
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        assertEquals("{}", sample.summary());
        new AssistantFiles().write(dir, sample);
        JsonNode json = JSON.readTree(dir.resolve("metrics.json").toFile());
        assertEquals(600, json.get("questions").intValue());
        assertEquals(40, json.get("intents").size());
        assertEquals(15, json.get("top_confusions").size());
        assertEquals(601, Files.readAllLines(dir.resolve("predictions.csv")).size());
        assertEquals(41, Files.readAllLines(dir.resolve("intents.csv")).size());
    }

    /** {@code result}'s rows under another policy (the figures are not recounted: only the policy matters here). */
    private static EvaluationResult at(EvaluationResult result, FallbackPolicy policy) {
        return new EvaluationResult(policy, result.oosLabel(), result.intents(), result.scored(), result.metrics(),
                result.intentScores(), result.confusions(), result.curve(), result.predictions());
    }

    private static List<String> names(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
