package org.crmworkbench.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Sales team workspace in the real window at 1200 x 760: bound before any data, and over a hand-built analysis. */
class SalesWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();

    @AfterEach
    void closeAll() {
        jobs.close();
    }

    private SalesWorkspace handBuilt() {
        return onFx(() -> new SalesWorkspace(new DataSession(), jobs, Runnable::run,
                (orders, quotas, settings, progress) -> SalesViewModelTest.result(settings)));
    }

    private WorkbenchWindow open(SalesWorkspace sales) {
        WorkbenchWindow window = openWindow(List.of(sales), jobs);
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

    @SuppressWarnings("unchecked")
    private TableView<RepRow> league() {
        return robot.lookup("#leagueTable").queryAs(TableView.class);
    }

    @Test
    void withoutDataTheFormIsBoundAndNothingCanBeCompared() {
        SalesWorkspace sales = onFx(() -> new SalesWorkspace(new DataSession(), jobs));
        open(sales);
        assertEquals("No orders with a rep yet: the comparison starts as soon as orders with reps are imported.",
                text("#dataLabel"));
        assertEquals(List.of("League table", "Charts", "Compare two reps"), tabs());
        assertEquals(List.of("Rep", "Region", "Observations", "Revenue", "Raw rank", "Adjusted effect",
                "95% interval", "Adjusted rank", "Rank shift"),
                onFx(() -> league().getColumns().stream().map(TableColumn::getText).toList()));
        assertTrue(onFx(() -> robot.lookup("#analyseButton").queryAs(Button.class).isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()));
        assertFalse(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        onFx(() -> sales.viewModel().source().kindProperty().set(SalesSource.Kind.FILE));
        assertTrue(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        assertEquals("Open an order file and pick its rep, amount and date columns.", text("#dataLabel"));
        assertEquals("Choose a rep in the league table to see their scorecard, trend and customers.",
                text("#cardLabel"));
    }

    @Test
    void aHandBuiltAnalysisFillsTheLeagueTheCardAndTheCharts() {
        SalesWorkspace sales = handBuilt();
        open(sales);
        SalesViewModel model = sales.viewModel();
        onFx(() -> model.source().offer(SalesViewModelTest.orders(), List.of(), "team.csv"));
        waitUntil("four reps", () -> onFx(() -> league().getItems().size()) == 4);
        assertTrue(text("#shiftLabel").startsWith("R3 Cem Kaya ranks 3rd on revenue but 1st"), text("#shiftLabel"));
        // a check box per factor of the orders, region and channel ticked
        assertTrue(onFx(() -> robot.lookup("#adjust-region").queryAs(CheckBox.class).isSelected()));
        assertFalse(onFx(() -> robot.lookup("#adjust-category").queryAs(CheckBox.class).isSelected()));
        waitUntil("the charts drawn", () -> onFx(() -> robot.lookup("#sales-caterpillar-chart").tryQuery()
                .isPresent() && robot.lookup("#sales-ranks-chart").tryQuery().isPresent()));

        // sorting by raw rank puts R1 (650 revenue) on top, numerically
        onFx(() -> {
            TableColumn<RepRow, ?> rawRank = league().getColumns().get(4);
            league().getSortOrder().setAll(List.of(rawRank));
        });
        assertEquals("R1", onFx(() -> league().getItems().get(0).repId()));
        onFx(() -> league().getSelectionModel().select(0));
        waitUntil("R1's card", () -> onFx(() -> robot.lookup("#scorecardTable").queryAs(TableView.class)
                .getItems().size()) == 2);
        assertTrue(text("#cardLabel").startsWith("R1 Ana Lee \u00b7 NA \u00b7 adjusted rank 2 of 4 (raw 1)"),
                text("#cardLabel"));
        assertEquals("2 customers in all; the top 2 by revenue:", text("#customersLabel"));
        assertEquals("", text("#trendNote"), "R1 has a trend");
        @SuppressWarnings("unchecked")
        TableView<ScorecardRow> cards = robot.lookup("#scorecardTable").queryAs(TableView.class);
        assertEquals("2026-Q1", onFx(() -> cards.getItems().get(0).period()));

        // the region filter
        onFx(() -> model.focus().regionProperty().set("Europe"));
        assertEquals(2, onFx(() -> league().getItems().size()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()),
                "no database to save into");
    }

    @Test
    void theViewIsRewordedOnALanguageSwitchAndKeepsItsSettings() {
        SalesWorkspace sales = handBuilt();
        WorkbenchWindow window = open(sales);
        onFx(() -> sales.viewModel().form().churnWindowProperty().set(90));
        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("排行榜", "图表", "比较两位代表"), tabs());
        assertEquals("尚无带销售代表的订单：导入带代表的订单后即开始比较。", text("#dataLabel"));
        assertEquals(90, onFx(() -> robot.lookup("#churnSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValue()));
        assertEquals("销售团队", onFx(() -> robot.lookup("#nav-sales").queryAs(ToggleButton.class).getText()));
    }
}
