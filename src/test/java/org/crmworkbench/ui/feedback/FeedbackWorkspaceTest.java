package org.crmworkbench.ui.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.crmworkbench.data.Database;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Feedback workspace in the real window at 1200 x 760: an empty database, and five hand-scored texts. */
class FeedbackWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();
    private final HandBuiltFeedback steps = new HandBuiltFeedback();
    private final Database db = Database.inMemory();

    @AfterEach
    void closeAll() {
        jobs.close();
        db.close();
    }

    private FeedbackWorkspace workspace() {
        return onFx(() -> {
            DataSession session = new DataSession();
            session.opened(db);
            return new FeedbackWorkspace(session, jobs, Runnable::run, steps);
        });
    }

    private WorkbenchWindow open(FeedbackWorkspace feedback) {
        WorkbenchWindow window = openWindow(List.of(feedback), jobs);
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
    private TableView<FeedbackRows.TextRow> texts() {
        return robot.lookup("#textsTable").queryAs(TableView.class);
    }

    @Test
    void anEmptyDatabaseShowsTheNoFeedbackYetState() {
        steps.stored = List.of();
        FeedbackWorkspace feedback = workspace();
        open(feedback);
        assertEquals("No feedback yet: the analysis starts as soon as feedback is imported (or open a feedback file).",
                text("#dataLabel"));
        assertEquals(List.of("Overview", "Breakdown", "Keywords & topics", "Texts", "Read first", "What changed"),
                tabs());
        assertTrue(onFx(() -> robot.lookup("#runButton").queryAs(Button.class).isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()));
        assertEquals("No analysis yet: it appears once feedback is read.",
                onFx(() -> ((Label) texts().getPlaceholder()).getText()));
        assertFalse(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        assertEquals("Feedback", onFx(() -> robot.lookup("#nav-feedback").queryAs(ToggleButton.class).getText()));
        assertEquals(List.of("Date", "Customer", "Language", "Score", "Label",
                "Text"),
                onFx(() -> texts().getColumns().stream().map(TableColumn::getText).toList()));
    }

    @Test
    void theTextsTableMarksTheDriversAndFiltersSummariseAgain() {
        FeedbackWorkspace feedback = workspace();
        open(feedback);
        waitUntil("five texts", () -> texts().getItems().size() == 5);
        assertTrue(text("#summaryLabel").startsWith("5 texts \u00b7 40% positive"), text("#summaryLabel"));
        waitUntil("the timeline drawn", () -> robot.lookup("#feedback-timeline-chart").tryQuery()
                .map(Node::isVisible).orElse(false));
        selectTab("textsTab");
        // sorting by score puts e2 (-0.70) first
        onFx(() -> texts().getSortOrder().setAll(List.of(texts().getColumns().get(3))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("e2", onFx(() -> texts().getItems().get(0).id()));

        // e2's text cell: "Terrible" and "high" in red, the rest plain
        List<String> runs = onFx(() -> robot.lookup("#feedback-texts-text").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> cell && cell.getItem() instanceof FeedbackRows.TextRow r
                        && r.id().equals("e2"))
                .map(n -> ((TableCell<?, ?>) n).getGraphic())
                .map(g -> ((TextFlow) g).getChildren().stream().map(t -> ((Text) t).getText() + "|"
                        + String.join(",", t.getStyleClass().filtered(c -> c.startsWith("driver-")))).toList())
                .findFirst().<List<String>>map(l -> l).orElseThrow());
        assertEquals(List.of("Terrible|driver-negative", " service, the price is too high.|"), runs,
                "\"high\" pushes less than a quarter as hard as \"Terrible\"");

        // the customer with channel and product under it
        assertTrue(onFx(() -> robot.lookup("#feedback-texts-customer").queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> cell && "C2\nPhone \u00b7 Desk".equals(cell.getText()))));

        // choosing a row shows it whole with its aspects
        onFx(() -> texts().getSelectionModel().select(0));
        waitUntil("the details", () -> text("#detailLabel").startsWith("Feedback e2"));
        assertTrue(text("#detailLabel").endsWith("Aspects: Service -0.70 (\u201cservice\u201d), Price -0.40"
                + " (\u201cprice\u201d)"), text("#detailLabel"));
        assertEquals("Terrible service, the price is too high.", onFx(() -> ((TextFlow) robot.lookup("#detailText")
                .query()).getChildren().stream().map(t -> ((Text) t).getText()).reduce("", String::concat)));

        // a filter re-summarises without scoring again
        onFx(() -> feedback.viewModel().filters().languageProperty().set("zh"));
        waitUntil("two Chinese texts", () -> texts().getItems().size() == 2);
        assertEquals(1, steps.scoredWith.size());
        assertTrue(text("#summaryLabel").endsWith("filtered from 5"), text("#summaryLabel"));

        // read first: the negative texts, C2 of high value
        selectTab("priorityTab");
        assertEquals(1, onFx(() -> robot.lookup("#priorityTable").queryAs(TableView.class).getItems().size()));
        assertFalse(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()));
        onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        waitUntil("saved", () -> text("#noticeLabel").equals(
                "Feedback run saved as run 7: the Reports workspace lists it."));
    }

    @Test
    void theViewIsRewordedInChineseAndKeepsItsSettings() {
        FeedbackWorkspace feedback = workspace();
        WorkbenchWindow window = open(feedback);
        waitUntil("five texts", () -> texts().getItems().size() == 5);
        onFx(() -> feedback.viewModel().form().topicsProperty().set(6));
        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("概览", "细分", "关键词与主题", "文本", "优先阅读", "变化"), tabs());
        assertEquals("5 条已存反馈", text("#dataLabel"));
        assertTrue(text("#summaryLabel").startsWith("5 条文本 · 正面 40%"), text("#summaryLabel"));
        assertEquals(6, onFx(() -> robot.lookup("#topicsSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValue()));
        assertEquals("客户反馈", onFx(() -> robot.lookup("#nav-feedback").queryAs(ToggleButton.class).getText()));
    }
}
