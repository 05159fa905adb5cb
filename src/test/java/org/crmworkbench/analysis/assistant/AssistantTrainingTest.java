package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

class AssistantTrainingTest {
    private static final TextAnalyzer ANALYZER = FakeAssistantParts.analyzer();
    private static final IntentModelTrainer NEAREST = new FakeAssistantParts.NearestExampleTrainer(8);

    /** Counts its fits. */
    private record CountingTrainer(IntentModelTrainer inner, AtomicInteger fits) implements IntentModelTrainer {
        @Override
        public IntentModel fit(List<KnowledgeEntry> examples, Progress progress) {
            fits.incrementAndGet();
            return inner.fit(examples, progress);
        }
    }

    /** Knows only the questions it was fitted on: 1 for their intent, 0 for every other. */
    private static final IntentModelTrainer MEMORY = (examples, progress) -> {
        List<String> intents = examples.stream().map(KnowledgeEntry::intent).distinct().toList();
        return new IntentModel() {
            @Override
            public List<String> intents() {
                return intents;
            }

            @Override
            public double[] scores(String question) {
                double[] scores = new double[intents.size()];
                for (KnowledgeEntry example : examples) {
                    if (example.question().equals(question)) {
                        scores[intents.indexOf(example.intent())] = 1;
                    }
                }
                return scores;
            }
        };
    };

    @Test
    void crossValidatesCalibratesAndChooses() {
        AtomicInteger fits = new AtomicInteger();
        FakeAssistantParts.RecordingProgress progress = new FakeAssistantParts.RecordingProgress(null, null);
        TrainedAssistant assistant = new AssistantTraining(ANALYZER, new CountingTrainer(NEAREST, fits))
                .train(ShopKnowledge.entries(), AssistantSettings.defaults(), progress);
        assertEquals(AssistantSettings.DEFAULT_FOLDS + 1, fits.get(), "one fit on everything and one per fold");
        assertEquals(List.of("assistant.stage.fit", "assistant.stage.fold", "assistant.stage.fold",
                "assistant.stage.fold", "assistant.stage.fold", "assistant.stage.fold", "assistant.stage.calibrate",
                "assistant.stage.threshold"), progress.stages);
        List<KnowledgeEntry> entries = ShopKnowledge.entries();
        assertEquals(entries.stream().map(KnowledgeEntry::question).toList(),
                assistant.heldOut().stream().map(ScoredQuestion::question).toList(), "every example, in order");
        assertEquals(entries.stream().map(KnowledgeEntry::intent).toList(),
                assistant.heldOut().stream().map(ScoredQuestion::expected).toList());
        assertTrue(assistant.heldOut().stream().allMatch(s -> s.ranked().size() == 4), "every intent ranked");
        assertTrue(assistant.policyChosen());
        assertTrue(assistant.temperature() > 0);
        double threshold = assistant.policy().threshold();
        assertEquals(Math.round(threshold * 100) / 100.0, threshold, 1e-12, "a threshold on the grid");
        assertEquals(FallbackChoice.choose(assistant.heldOut(), ShopKnowledge.OOS, Double.NaN,
                AssistantSettings.DEFAULT_WRONG_ANSWER_COST), assistant.policy());
        assertEquals(entries.size(), new AssistantEvaluation().crossValidated(assistant).metrics().questions());
    }

    @Test
    void heldOutExamplesAreScoredByAModelThatDidNotSeeThem() {
        TrainedAssistant assistant = new AssistantTraining(ANALYZER, MEMORY)
                .train(ShopKnowledge.entries(), AssistantSettings.defaults(), Progress.none());
        for (ScoredQuestion held : assistant.heldOut()) {
            assertEquals(0.25, held.ranked().get(0).confidence(), 1e-12, held.question());
            IntentScore full = assistant.rank(held.question()).get(0);
            assertEquals(held.expected(), full.intent(), "the model fitted on everything knows it");
        }
    }

    @Test
    void aGivenThresholdIsKeptAndTheMarginDefaultsToNone() {
        TrainedAssistant assistant = new AssistantTraining(ANALYZER, NEAREST).train(ShopKnowledge.entries(),
                AssistantSettings.defaults().withThreshold(0.4), Progress.none());
        assertEquals(new FallbackPolicy(0.4, 0), assistant.policy());
        assertFalse(assistant.policyChosen());
        assertEquals(ShopKnowledge.entries().size(), assistant.heldOut().size());
    }

    @Test
    void aGivenMarginIsKeptWhileTheThresholdIsChosen() {
        TrainedAssistant assistant = new AssistantTraining(ANALYZER, NEAREST).train(ShopKnowledge.entries(),
                AssistantSettings.defaults().withMargin(0.07), Progress.none());
        assertEquals(0.07, assistant.policy().margin());
        assertTrue(assistant.policyChosen());
    }

    @Test
    void loneExamplesAreNeverHeldOutAndWithoutAnyThereIsNoCrossValidation() {
        List<KnowledgeEntry> lone = List.of(new KnowledgeEntry("when will my order arrive", "delivery", "Soon.", "en"),
                new KnowledgeEntry("how do I get a refund", "refund", "Ask us.", "en"),
                new KnowledgeEntry("what is the weather", ShopKnowledge.OOS, null, "en"));
        AtomicInteger fits = new AtomicInteger();
        TrainedAssistant assistant = new AssistantTraining(ANALYZER, new CountingTrainer(NEAREST, fits))
                .train(lone, AssistantSettings.defaults(), Progress.none());
        assertEquals(1, fits.get());
        assertEquals(1.0, assistant.temperature());
        assertTrue(assistant.heldOut().isEmpty());
        assertEquals(new FallbackPolicy(AssistantTraining.DEFAULT_THRESHOLD, 0), assistant.policy());
        assertFalse(assistant.policyChosen());
        TrainedAssistant given = new AssistantTraining(ANALYZER, NEAREST).train(lone,
                AssistantSettings.defaults().withThreshold(0.2).withMargin(0.05), Progress.none());
        assertEquals(new FallbackPolicy(0.2, 0.05), given.policy());

        List<KnowledgeEntry> mixed = new ArrayList<>(lone);
        mixed.add(new KnowledgeEntry("refund my money please", "refund", null, "en"));
        TrainedAssistant partly = new AssistantTraining(ANALYZER, NEAREST).train(mixed, AssistantSettings.defaults(),
                Progress.none());
        assertEquals(List.of("how do I get a refund", "refund my money please"),
                partly.heldOut().stream().map(ScoredQuestion::question).toList());
    }

    @Test
    void oneInScopeIntentIsNotEnough() {
        List<KnowledgeEntry> one = List.of(new KnowledgeEntry("a", "refund", null, null),
                new KnowledgeEntry("b", ShopKnowledge.OOS, null, null));
        UnsuitableDataException error = assertThrows(UnsuitableDataException.class,
                () -> new AssistantTraining(ANALYZER, NEAREST).train(one, AssistantSettings.defaults(),
                        Progress.none()));
        assertEquals("assistant.error.fewIntents", error.messageKey());
    }

    @Test
    void cancellingStopsBetweenFolds() {
        AtomicInteger fits = new AtomicInteger();
        FakeAssistantParts.RecordingProgress progress =
                new FakeAssistantParts.RecordingProgress("assistant.stage.fold", 2);
        assertThrows(CancelledException.class, () -> new AssistantTraining(ANALYZER,
                new CountingTrainer(NEAREST, fits)).train(ShopKnowledge.entries(), AssistantSettings.defaults(),
                progress));
        assertEquals(2, fits.get(), "the fit on everything and fold 1");
        assertFalse(progress.stages.contains("assistant.stage.calibrate"));
    }
}
