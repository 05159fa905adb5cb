package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class TrainedAssistantTest {
    private static final TrainedAssistant ASSISTANT = new AssistantTraining(FakeAssistantParts.analyzer(),
            new FakeAssistantParts.NearestExampleTrainer(8))
            .train(ShopKnowledge.entries(), AssistantSettings.defaults().withThreshold(0.3).withMargin(0),
                    Progress.none());

    @Test
    void rankingIsTheCalibratedSoftmaxOfTheModelsScores() {
        String question = "when will my parcel arrive";
        List<IntentScore> ranked = ASSISTANT.rank(question);
        assertEquals(4, ranked.size());
        double[] scores = ASSISTANT.model().scores(question);
        List<String> intents = ASSISTANT.model().intents();
        double[] expected = TemperatureCalibration.softmax(scores, ASSISTANT.temperature());
        for (IntentScore score : ranked) {
            assertEquals(expected[intents.indexOf(score.intent())], score.confidence(), 1e-12);
        }
        assertEquals(1.0, ranked.stream().mapToDouble(IntentScore::confidence).sum(), 1e-9);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).confidence() >= ranked.get(i).confidence());
        }
    }

    @Test
    void answersInTheQuestionsLanguage() {
        Answer english = ASSISTANT.ask("when will my parcel arrive");
        assertEquals("en", english.language());
        assertEquals("delivery_time", english.intent());
        assertEquals(ShopKnowledge.DELIVERY_EN, english.answer());
        assertNull(english.handOver());
        assertEquals(3, english.ranked().size());

        Answer chinese = ASSISTANT.ask("我的快递什么时候到");
        assertEquals("zh", chinese.language());
        assertEquals("delivery_time", chinese.intent());
        assertEquals(ShopKnowledge.DELIVERY_ZH, chinese.answer());

        Answer noChineseAnswer = ASSISTANT.ask("忘记密码");
        assertEquals("password", noChineseAnswer.intent());
        assertEquals(ShopKnowledge.PASSWORD_EN, noChineseAnswer.answer(), "the English answer when there is no other");
    }

    @Test
    void handsOverForEachReason() {
        Answer weather = ASSISTANT.ask("what is the weather today");
        assertEquals(HandOverReason.OUT_OF_SCOPE, weather.handOver());
        assertNull(weather.intent());
        assertNull(weather.answer());
        assertEquals(ShopKnowledge.OOS, weather.ranked().get(0).intent());
        assertTrue(weather.suggestions(ShopKnowledge.OOS).stream().noneMatch(s -> s.intent().equals(ShopKnowledge.OOS)));

        Answer unknownWords = ASSISTANT.ask("xyzzy plugh");
        assertEquals(0.25, unknownWords.confidence(), 1e-12, "no known word: every intent alike");
        assertEquals(HandOverReason.LOW_CONFIDENCE, unknownWords.handOver());

        // "my order refund" shares two words with a refund example and two with a delivery one
        Answer between = ASSISTANT.ask("my order refund");
        assertEquals(List.of("refund", "delivery_time"),
                between.ranked().subList(0, 2).stream().map(IntentScore::intent).toList());
        assertNull(between.handOver());
        Answer ambiguous = ASSISTANT.withPolicy(new FallbackPolicy(0, 0.9)).ask("my order refund");
        assertEquals(HandOverReason.AMBIGUOUS, ambiguous.handOver());
        assertEquals(between.ranked(), ambiguous.ranked());
    }

    @Test
    void evaluatesALabelledTestSet() {
        List<KnowledgeEntry> test = List.of(new KnowledgeEntry("when will my parcel arrive", "delivery_time", null, null),
                new KnowledgeEntry("I want a refund", "refund", null, null),
                new KnowledgeEntry("what is the weather like", ShopKnowledge.OOS, null, null),
                new KnowledgeEntry("do you sell gift cards", "gift_cards", null, null));
        EvaluationResult result = new AssistantEvaluation().evaluate(ASSISTANT, test, Progress.none());
        AssistantRunRecord.Metrics m = result.metrics();
        assertEquals(4, m.questions());
        assertEquals(3, m.inScope(), "an intent the knowledge base does not know counts as in scope");
        assertEquals(2, m.answeredCorrectly());
        assertEquals(1, m.oosHandedOver());
        assertEquals(List.of("delivery_time", "refund", "password"),
                result.intentScores().stream().map(AssistantRunRecord.IntentRow::intent).toList());
        assertEquals(List.of("correct", "correct", "oos-handed-over"),
                result.predictions().subList(0, 3).stream().map(AssistantRunRecord.PredictionRow::outcome).toList());
        assertEquals(ASSISTANT.policy(), result.policy());
    }

    @Test
    void cancellingStopsTheEvaluation() {
        List<KnowledgeEntry> test = List.of(new KnowledgeEntry("when will my parcel arrive", "delivery_time", null, null));
        FakeAssistantParts.RecordingProgress progress =
                new FakeAssistantParts.RecordingProgress("assistant.stage.evaluate", null);
        assertThrows(CancelledException.class, () -> new AssistantEvaluation().evaluate(ASSISTANT, test, progress));
    }
}
