package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/**
 * The shipped matcher and tokenisation (smartcn for Chinese), trained with cross-validation, calibrated, with the
 * threshold chosen, then asked, on a tiny English and Chinese shop knowledge base: paraphrases not in the base are
 * answered with their intent in their language, out-of-scope questions are handed over.
 */
class AssistantEndToEndTest {
    private static final TrainedAssistant ASSISTANT = new AssistantTraining(new TextAnalyzer(LanguageChoice.AUTO))
            .train(ShopKnowledge.entries(), AssistantSettings.defaults(), Progress.none());

    @Test
    void answersParaphrasesInTheirLanguage() {
        Map<String, String> expected = Map.of(
                "when will my parcel arrive", "delivery_time",
                "how long until my order arrives", "delivery_time",
                "I want a refund", "refund",
                "I forgot my password", "password",
                "我的快递什么时候到", "delivery_time",
                "我想退款", "refund",
                "密码忘了怎么办", "password");
        expected.forEach((question, intent) -> {
            Answer answer = ASSISTANT.ask(question);
            assertNull(answer.handOver(), question);
            assertEquals(intent, answer.intent(), question);
            assertEquals(3, answer.ranked().size());
        });
        assertEquals("zh", ASSISTANT.ask("我的快递什么时候到").language());
        assertEquals(ShopKnowledge.DELIVERY_ZH, ASSISTANT.ask("我的快递什么时候到").answer());
        assertEquals(ShopKnowledge.DELIVERY_EN, ASSISTANT.ask("when will my parcel arrive").answer());
        assertEquals(ShopKnowledge.REFUND_EN, ASSISTANT.ask("我想退款").answer(), "no Chinese answer: the English one");
    }

    @Test
    void handsOverOutOfScopeQuestions() {
        for (String question : List.of("what's the weather tomorrow", "tell me a funny joke", "明天天气如何")) {
            assertTrue(ASSISTANT.ask(question).handedOver(), question);
        }
    }

    @Test
    void calibratesAndChoosesOnEveryHeldOutExample() {
        assertTrue(ASSISTANT.policyChosen());
        assertTrue(ASSISTANT.temperature() > 0.05 && ASSISTANT.temperature() < 20, "T " + ASSISTANT.temperature());
        AssistantRunRecord.Metrics cv = new AssistantEvaluation().crossValidated(ASSISTANT).metrics();
        assertEquals(ShopKnowledge.entries().size(), cv.questions());
        assertEquals(4, cv.outOfScope());
    }
}
