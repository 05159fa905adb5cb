package org.crmworkbench.ui.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Assistant workspace in the real window at 1200 x 760 (the headless screen is 1280 x 800; the screenshots check 1280 x 820): six hand-ranked rows, the chat, the slider. */
class AssistantWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();
    private final HandBuiltAssistant steps = new HandBuiltAssistant();
    private final Database db = Database.inMemory();

    @AfterEach
    void closeAll() {
        jobs.close();
        db.close();
    }

    private AssistantWorkspace workspace() {
        return workspace(jobs);
    }

    private AssistantWorkspace workspace(JobRunner runner) {
        return onFx(() -> {
            DataSession session = new DataSession();
            session.opened(db);
            return new AssistantWorkspace(session, runner, Runnable::run, steps);
        });
    }

    private WorkbenchWindow open(AssistantWorkspace assistant) {
        return open(assistant, jobs);
    }

    private WorkbenchWindow open(AssistantWorkspace assistant, JobRunner runner) {
        WorkbenchWindow window = openWindow(List.of(assistant), runner);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private String text(String query) {
        return onFx(() -> ((Label) robot.lookup(query).query()).getText());
    }

    private List<String> tabs() {
        return onFx(() -> robot.lookup("#tabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList());
    }

    private void selectTab(String id) {
        onFx(() -> {
            TabPane pane = robot.lookup("#tabs").queryAs(TabPane.class);
            pane.getSelectionModel().select(pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<KnowledgeEntry> knowledgeTable() {
        return robot.lookup("#knowledgeTable").queryAs(TableView.class);
    }

    private List<String> bubbles() {
        return onFx(() -> robot.lookup("#transcriptBox").queryAs(VBox.class).lookupAll(".chat-bubble").stream()
                .map(n -> n instanceof Label l ? "Q " + l.getText()
                        : "A " + ((Label) ((VBox) n).getChildren().get(0)).getText())
                .toList());
    }

    @Test
    void theKnowledgeBaseIsShownAndLearntAndTheChatAnswers() {
        AssistantWorkspace assistant = workspace();
        open(assistant);
        assertEquals("Assistant", onFx(() -> robot.lookup("#nav-assistant").queryAs(ToggleButton.class).getText()));
        assertEquals(List.of("Knowledge base", "Chat", "Evaluation"), tabs());
        waitUntil("six rows", () -> onFx(() -> knowledgeTable().getItems().size()) == 6);
        waitUntil("trained", () -> text("#statusLabel").startsWith("Trained on 6 examples, 3 intents"));
        assertEquals("6 examples \u00b7 3 intents \u00b7 2 languages", text("#countsLabel"));
        assertEquals(List.of("Question", "Intent", "Answer", "Language"),
                onFx(() -> knowledgeTable().getColumns().stream().map(TableColumn::getText).toList()));
        assertFalse(onFx(() -> robot.lookup("#entryPane").query().isVisible()), "the form opens on Add or Edit");

        selectTab("chatTab");
        assertEquals(List.of(), bubbles());
        onFx(() -> robot.lookup("#questionInput").queryAs(TextField.class).setText("Can I pay in bitcoin?"));
        onFx(() -> robot.lookup("#askButton").queryAs(Button.class).fire());
        waitUntil("two bubbles", () -> bubbles().size() == 2);
        assertEquals(List.of("Q Can I pay in bitcoin?", "A I'll pass this to a colleague."), bubbles());
        assertTrue(onFx(() -> robot.lookup(".chat-handover").tryQuery().isPresent()));
        assertEquals("", onFx(() -> robot.lookup("#questionInput").queryAs(TextField.class).getText()));

        // Enter asks too
        onFx(() -> {
            TextField input = robot.lookup("#questionInput").queryAs(TextField.class);
            input.setText("Where is my parcel?");
            input.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil("four bubbles", () -> bubbles().size() == 4);
        assertEquals("A Orders arrive in 3 to 5 working days.", bubbles().get(3));

        selectTab("knowledgeTab");
        waitUntil("the handed-over question logged", () -> onFx(() -> robot.lookup("#askedTable")
                .queryAs(TableView.class).getItems().size()) == 1);
    }

    @Test
    void whileTrainingTheAskButtonWaitsAndCancelSaysSo() {
        try (GatedJobRunner gated = new GatedJobRunner("assistant.ws.job.train")) {
            gated.hold();
            AssistantWorkspace assistant = workspace(gated);
            open(assistant, gated);
            waitUntil("training", () -> text("#statusLabel").equals("Training on 6 examples..."));
            assertTrue(onFx(() -> robot.lookup("#askButton").queryAs(Button.class).isDisabled()));
            assertFalse(onFx(() -> robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()));
            onFx(() -> robot.lookup("#cancelButton").queryAs(Button.class).fire());
            waitUntil("cancelled", () -> text("#statusLabel").equals(
                    "Training cancelled: press Train again to learn the knowledge base."));
            assertTrue(onFx(() -> robot.lookup("#askButton").queryAs(Button.class).isDisabled()));
            gated.release();
            onFx(() -> robot.lookup("#trainButton").queryAs(Button.class).fire());
            waitUntil("trained", () -> text("#statusLabel").startsWith("Trained on 6 examples"));
            assertFalse(onFx(() -> robot.lookup("#askButton").queryAs(Button.class).isDisabled()));
        }
    }

    @Test
    void theSliderMovesTheFiguresAndTheViewIsRewordedInChinese() {
        AssistantWorkspace assistant = workspace();
        WorkbenchWindow window = open(assistant);
        selectTab("evaluationTab");
        waitUntil("the figures", () -> text("#figuresLabel").startsWith("6 questions \u00b7 accuracy 83%"));
        waitUntil("the trade-off drawn", () -> robot.lookup("#assistant-tradeoff-chart").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertEquals("0.40", text("#thresholdLabel"));
        onFx(() -> robot.lookup("#thresholdSlider").queryAs(Slider.class).setValue(0.9));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#figuresLabel").startsWith("6 questions \u00b7 accuracy 33%"), text("#figuresLabel"));
        assertEquals("0.90", text("#thresholdLabel"));
        assertEquals(0.9, steps.drawnThresholds.get(steps.drawnThresholds.size() - 1), 1e-12);
        assertEquals(1, steps.trainedWith.size());

        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("知识库", "对话", "评估"), tabs());
        assertEquals("智能客服", onFx(() -> robot.lookup("#nav-assistant").queryAs(ToggleButton.class).getText()));
        assertTrue(text("#figuresLabel").startsWith("6 个问题 · 准确率 33%"), text("#figuresLabel"));
        assertEquals(0.9, onFx(() -> robot.lookup("#thresholdSlider").queryAs(Slider.class).getValue()), 1e-12,
                "the slider keeps its place");
        assertEquals(1, steps.trainedWith.size(), "a language switch trains nothing");
    }
}
