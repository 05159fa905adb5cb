package org.crmworkbench.ui.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Assistant workspace's state without the FX thread, over six hand-ranked rows ({@link HandBuiltAssistant}):
 * trained when first shown, asked (answered, handed over, logged), the threshold slider re-scoring the evaluation
 * and the chat at once, a test file, a refused import keeping the table, the row form, saving.
 */
class AssistantViewModelTest {
    private final Messages english = Messages.english();
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final HandBuiltAssistant steps = new HandBuiltAssistant();
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private AssistantViewModel model() {
        DataSession session = new DataSession();
        db = Database.inMemory();
        session.opened(db);
        AssistantViewModel model = new AssistantViewModel(session, new SameThreadJobRunner(), Runnable::run,
                () -> english, steps);
        model.shown();
        return model;
    }

    private static String notice(AssistantViewModel model, Messages messages) {
        return model.noticeProperty().get() == null ? null : model.noticeProperty().get().text(messages);
    }

    @Test
    void nothingIsTrainedBeforeTheWorkspaceIsShownThenTheStoredKnowledgeBaseIsLearnt() {
        DataSession session = new DataSession();
        db = Database.inMemory();
        session.opened(db);
        AssistantViewModel model = new AssistantViewModel(session, new SameThreadJobRunner(), Runnable::run,
                () -> english, steps);
        assertEquals(List.of(), steps.trainedWith, "not shown yet");
        assertEquals("The knowledge base is read when this workspace is first shown.",
                model.statusTextProperty().get());
        model.shown();
        assertEquals(1, steps.trainedWith.size());
        assertNotNull(model.trainedProperty().get());
        assertEquals(6, model.knowledge().shown().size());
        assertEquals("6 examples \u00b7 3 intents \u00b7 2 languages", model.countsTextProperty().get(),
                "out_of_scope is no intent");
        assertEquals("Trained on 6 examples, 3 intents \u2013 threshold 0.40 (chosen on held-out examples),"
                + " margin 0.05", model.statusTextProperty().get());
        assertEquals(0.4, model.thresholdProperty().get(), 1e-12);
        assertTrue(model.canAskProperty().get());
        model.shown();
        assertEquals(1, steps.trainedWith.size(), "shown again: nothing new to learn");
    }

    @Test
    void anEmptyKnowledgeBaseSaysHowToStartAndTrainsNothing() {
        steps.stored.clear();
        AssistantViewModel model = model();
        assertEquals("No knowledge base yet: import a file or add questions on the Knowledge base tab.",
                model.statusTextProperty().get());
        assertEquals(List.of(), steps.trainedWith);
        assertFalse(model.canAskProperty().get());
        assertEquals("No evaluation yet: it appears once the assistant is trained.",
                model.figuresTextProperty().get());
    }

    @Test
    void askingAddsTheQuestionAndTheAnswerWithIntentConfidenceAndRunnersUp() {
        AssistantViewModel model = model();
        model.ask("  Where is my parcel? ");
        assertEquals(2, model.transcript().size());
        ChatLine question = model.transcript().get(0);
        assertTrue(question.isQuestion());
        assertEquals("Where is my parcel?", question.question());
        ChatLine answer = model.transcript().get(1);
        AssistantWords words = new AssistantWords(english);
        assertEquals("Orders arrive in 3 to 5 working days.", words.reply(answer));
        assertEquals("Intent delivery \u00b7 confidence 82%\nRunners-up: returns 10%\u00a0\u00b7 payment 5%",
                words.details(answer));
        assertEquals(List.of(), model.asked(), "82% is sure enough: nothing logged");

        // "When will my order arrive?" has no answer of its own, but its intent has one: the row-level answer is
        // the knowledge base's concern; a Chinese question of an intent answered only in English gets the English
        model.ask("我的快递到哪了");
        assertEquals("Orders arrive in 3 to 5 working days.", words.reply(model.transcript().get(3)));
        assertEquals("意图 delivery · 置信度 74%\n其次：returns 15%、payment 6%",
                new AssistantWords(chinese).details(model.transcript().get(3)));
        model.ask("Can I pay by card?");
        assertEquals("Intent payment \u00b7 confidence 90%\nRunners-up: delivery 5%\u00a0\u00b7 returns <1%",
                words.details(model.transcript().get(5)), "0.4% is no 0%");
    }

    @Test
    void anUnsureQuestionIsHandedOverWithTheReasonAndSuggestionsAndLogged() {
        AssistantViewModel model = model();
        model.ask("Can I pay in bitcoin?");
        ChatLine answer = model.transcript().get(1);
        assertTrue(answer.answer().handedOver());
        assertEquals("I'll pass this to a colleague.", new AssistantWords(english).reply(answer));
        assertEquals("Not sure enough: the closest intent has 31% confidence, below the threshold of 40%.\n"
                + "Closest intents: payment 31%\u00a0\u00b7 delivery 30%\u00a0\u00b7 returns 20%",
                new AssistantWords(english).details(answer));
        assertEquals("我会把这个问题转给同事处理。", new AssistantWords(chinese).reply(answer));
        assertEquals("把握不足：最接近的意图置信度为 31%，低于阈值 40%。\n最接近的意图：payment 31%、delivery 30%、returns 20%",
                new AssistantWords(chinese).details(answer));
        assertEquals(1, model.asked().size());
        assertEquals("Handed over: not sure enough", new AssistantWords(english).loggedReason(model.asked().get(0)));

        model.ask("Tell me a joke");
        assertEquals("The question is outside what the knowledge base covers.\n"
                + "Closest intents: payment 10%\u00a0\u00b7 delivery 10%",
                new AssistantWords(english).details(model.transcript().get(3)), "out_of_scope is no suggestion");
        assertEquals(2, model.asked().size());
        model.changes().forget(model.asked().get(0));
        assertEquals(List.of("Can I pay in bitcoin?"), model.asked().stream().map(a -> a.question()).toList());
    }

    @Test
    void theSliderReScoresTheEvaluationAndSetsTheChatsThresholdWithoutTraining() {
        AssistantViewModel model = model();
        // held out at 0.40: four answered correctly, 我想退货 answered wrongly (delivery), the weather handed over
        assertEquals("6 questions \u00b7 accuracy 83% \u00b7 in-scope accuracy 80.0% \u00b7 out-of-scope recall"
                + " 100.0%\nAnswered correctly 4 \u00b7 handed over 1 \u00b7 answered wrongly 1 \u00b7 out-of-scope"
                + " handed over 1 of 1", model.figuresTextProperty().get());
        model.evaluation().drawingProperty().get().tradeOff();
        assertEquals(List.of(0.4), steps.drawnThresholds, "the marker at the chosen threshold");
        assertEquals(List.of("returns", "delivery"), model.evaluation().confusions().stream()
                .flatMap(c -> java.util.stream.Stream.of(c.expected(), c.predicted())).toList());

        model.thresholdProperty().set(0.9);
        assertEquals(1, steps.trainedWith.size(), "nothing refitted");
        assertEquals("6 questions \u00b7 accuracy 33% \u00b7 in-scope accuracy 20.0% \u00b7 out-of-scope recall"
                + " 100.0%\nAnswered correctly 1 \u00b7 handed over 5 \u00b7 answered wrongly 0 \u00b7 out-of-scope"
                + " handed over 1 of 1", model.figuresTextProperty().get());
        assertEquals(0.9, model.evaluation().drawingProperty().get().run().threshold(), 1e-12);
        assertEquals(List.of(), model.evaluation().confusions());
        model.evaluation().drawingProperty().get().tradeOff();
        assertEquals(0.9, steps.drawnThresholds.get(steps.drawnThresholds.size() - 1), 1e-12, "the marker moved");
        assertEquals(0.9, model.trainedProperty().get().policy().threshold(), 1e-12);
        assertEquals(0.05, model.trainedProperty().get().policy().margin(), 1e-12, "the margin stays");
        assertTrue(model.statusTextProperty().get().endsWith("threshold 0.90 (set by you), margin 0.05"),
                model.statusTextProperty().get());

        model.ask("Where is my parcel?");
        assertTrue(model.transcript().get(1).answer().handedOver(), "82% is below 90% now");
        assertEquals(0.9, model.transcript().get(1).threshold(), 1e-12);
    }

    @Test
    void aTestFileIsReadOnceAndEvaluatedAndSaved() {
        AssistantViewModel model = model();
        model.evaluation().testFileProperty().set(Path.of("held-out.csv"));
        assertEquals(EvaluationSource.TEST_FILE, model.evaluation().sourceProperty().get());
        assertEquals(List.of(Path.of("held-out.csv")), steps.readFiles);
        // 我的快递到哪了 answered correctly, the joke out of scope, bitcoin handed over at 0.40
        assertTrue(model.figuresTextProperty().get().startsWith("3 questions \u00b7 accuracy 67% \u00b7 in-scope"
                + " accuracy 50.0% \u00b7 out-of-scope recall 100.0%"), model.figuresTextProperty().get());
        assertEquals("held-out.csv", model.evaluation().drawingProperty().get().run().testSource());
        model.thresholdProperty().set(0.2);
        assertEquals(List.of(Path.of("held-out.csv")), steps.readFiles, "re-scored, not read again");
        assertTrue(model.figuresTextProperty().get().contains("in-scope accuracy 50.0%"),
                "bitcoin: payment 31% and delivery 30% are within the margin of 0.05 at any threshold");
        assertEquals(0.2, model.evaluation().drawingProperty().get().run().threshold(), 1e-12);
        model.evaluation().sourceProperty().set(EvaluationSource.CROSS_VALIDATED);
        model.evaluation().sourceProperty().set(EvaluationSource.TEST_FILE);
        assertEquals(1, steps.readFiles.size(), "the file's rows are kept");

        assertTrue(model.canSaveProperty().get());
        model.save();
        assertEquals("Assistant run saved as run 11: the Reports workspace lists it.", notice(model, english));
        assertEquals(0.2, steps.saved.get(0).threshold(), 1e-12, "saved at the slider's threshold");
        assertEquals("held-out.csv", steps.saved.get(0).testSource());
        assertEquals("database", steps.saved.get(0).knowledgeSource());
    }

    @Test
    void aRefusedImportNamesFileLineAndColumnAndKeepsTheTable() {
        AssistantViewModel model = model();
        model.changes().importFile(Path.of("bad-kb.csv"));
        assertEquals("bad-kb.csv was not imported (1 problems); the stored knowledge base is unchanged.\n"
                + "bad-kb.csv, line 3, column 2 (intent): a value is required here", notice(model, english));
        assertTrue(model.noticeProperty().get().error());
        assertEquals(6, model.knowledge().shown().size());
        assertEquals(1, steps.trainedWith.size(), "nothing to learn again");

        model.changes().importFile(Path.of("kb.csv"));
        assertEquals("2 rows imported from kb.csv: they replace the stored knowledge base.", notice(model, english));
        assertEquals(List.of("Where is my parcel?", "Can I pay by card?"),
                model.knowledge().shown().stream().map(KnowledgeEntry::question).toList(),
                "the stored data changed: read again");
        assertEquals(2, steps.trainedWith.size(), "and learnt again");
    }

    @Test
    void theRowFormNeedsAQuestionAndAnIntentAndEveryChangeTrainsAgain() {
        AssistantViewModel model = model();
        EntryForm form = model.entryForm();
        model.changes().startNew();
        assertTrue(form.openProperty().get());
        model.changes().storeForm();
        assertEquals("The row needs a question: type how a customer would ask it.", notice(model, english));
        form.questionProperty().set("Do you ship to Norway?");
        model.changes().storeForm();
        assertEquals("该行需要一个意图：请选择或输入新名称。", notice(model, chinese));
        assertTrue(form.openProperty().get(), "the form stays open");
        assertEquals(1, steps.trainedWith.size());
        form.intentProperty().set(" delivery ");
        form.languageProperty().set("en");
        model.changes().storeForm();
        assertFalse(form.openProperty().get());
        assertEquals(7, model.knowledge().shown().size());
        assertEquals(new KnowledgeEntry(7, "Do you ship to Norway?", "delivery", null, "en"),
                model.knowledge().entries().get(6));
        assertEquals(2, steps.trainedWith.size());
        assertEquals("Row added to intent delivery.", notice(model, english));

        model.changes().startEdit(model.knowledge().entries().get(6));
        assertEquals("Do you ship to Norway?", form.questionProperty().get());
        form.answerProperty().set("Yes, in 5 days.");
        model.changes().storeForm();
        assertEquals("Yes, in 5 days.", model.knowledge().entries().get(6).answer());
        assertEquals(7, model.knowledge().entries().size(), "changed, not added");
        assertEquals(3, steps.trainedWith.size());

        model.changes().remove(model.knowledge().entries().get(6));
        assertEquals(6, model.knowledge().entries().size());
        assertEquals(4, steps.trainedWith.size());

        model.knowledge().filterProperty().set("RETURN");
        assertEquals(List.of(3L, 4L), model.knowledge().shown().stream().map(KnowledgeEntry::id).toList(),
                "by intent or question, any case");
        model.knowledge().filterProperty().set("");
        assertEquals(6, model.knowledge().shown().size());
    }

    @Test
    void aLoggedQuestionBecomesARowWithItsSuggestedIntentAndIsForgotten() {
        AssistantViewModel model = model();
        model.ask("Can I pay in bitcoin?");
        model.changes().startFrom(model.asked().get(0));
        EntryForm form = model.entryForm();
        assertEquals("Can I pay in bitcoin?", form.questionProperty().get());
        assertEquals("payment", form.intentProperty().get());
        assertEquals("en", form.languageProperty().get());
        form.answerProperty().set("We do not take bitcoin.");
        model.changes().storeForm();
        assertEquals(List.of(), model.asked(), "added: no longer waiting");
        assertEquals("Can I pay in bitcoin?", model.knowledge().entries().get(6).question());
        assertEquals(2, steps.trainedWith.size());
    }

    @Test
    void aFixedThresholdAndABadOutOfScopeLabelComeFromTheSettings() {
        AssistantViewModel model = model();
        model.form().modeProperty().set(ThresholdMode.FIXED);
        model.form().fixedThresholdProperty().set(0.7);
        AssistantSettingsLast last = new AssistantSettingsLast(steps);
        assertEquals(0.7, last.get().threshold(), 1e-12);
        assertEquals(0.7, model.thresholdProperty().get(), 1e-12);
        assertTrue(model.statusTextProperty().get().contains("(set by you)"), model.statusTextProperty().get());
        int trainings = steps.trainedWith.size();
        model.form().oosLabelProperty().set("  ");
        assertTrue(notice(model, english).startsWith("A setting is not acceptable: "), notice(model, english));
        assertTrue(model.noticeProperty().get().error());
        assertEquals(trainings, steps.trainedWith.size());
        model.form().oosLabelProperty().set("other");
        assertEquals("other", last.get().oosLabel());
        assertNull(model.noticeProperty().get());
    }

    /** The settings of the last training. */
    private record AssistantSettingsLast(HandBuiltAssistant steps) {
        org.crmworkbench.analysis.assistant.AssistantSettings get() {
            return steps.trainedWith.get(steps.trainedWith.size() - 1);
        }
    }
}
