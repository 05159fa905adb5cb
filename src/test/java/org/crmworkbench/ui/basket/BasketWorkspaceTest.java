package org.crmworkbench.ui.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
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

/** The Baskets workspace in the real window at 1200 x 760: bound before any data, and over planted baskets. */
class BasketWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();

    @AfterEach
    void closeAll() {
        jobs.close();
    }

    private WorkbenchWindow open(BasketWorkspace baskets) {
        WorkbenchWindow window = openWindow(List.of(baskets), jobs);
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
        return onFx(() -> robot.lookup(".basket-workspace .tab-pane").queryAs(TabPane.class).getTabs().stream()
                .map(Tab::getText).toList());
    }

    @SuppressWarnings("unchecked")
    private TableView<RuleRow> table() {
        return robot.lookup("#ruleTable").queryAs(TableView.class);
    }

    @Test
    void withoutDataTheFormIsBoundAndNothingCanBeMined() {
        BasketWorkspace baskets = onFx(() -> new BasketWorkspace(new DataSession(), jobs));
        open(baskets);
        BasketViewModel model = baskets.viewModel();
        assertEquals("No orders yet: mining starts as soon as orders are imported.", text("#dataLabel"));
        assertEquals(List.of("Rules", "Item frequency", "Support and confidence", "Rule graph", "Grouped matrix"),
                tabs());
        assertTrue(onFx(() -> robot.lookup("#mineButton").queryAs(Button.class).isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()));
        assertFalse(onFx(() -> robot.lookup("#mineAnywayButton").query().isVisible()));
        assertEquals(List.of("Antecedent", "Consequent", "Length", "Support", "Confidence",
                "Lift", "Leverage", "Conviction", "Count"),
                onFx(() -> table().getColumns().stream().map(TableColumn::getText).toList()));
        assertEquals("0 of 0 rules", text("#countLabel"));

        // the support slider is on a log scale: its middle is the geometric middle of 0.0001 and 0.5
        Slider support = robot.lookup("#supportSlider").queryAs(Slider.class);
        onFx(() -> support.setValue((support.getMin() + support.getMax()) / 2));
        assertEquals(0.0071, model.form().minSupportProperty().get(), 1e-12, "sqrt(0.0001 x 0.5) = 0.00707");
        // the spinner steps along 1, 2, 5
        Spinner<?> supportSpinner = robot.lookup("#supportSpinner").queryAs(Spinner.class);
        onFx(() -> model.form().minSupportProperty().set(0.01));
        onFx(() -> supportSpinner.increment());
        assertEquals(0.02, model.form().minSupportProperty().get(), 1e-12);
        onFx(() -> {
            supportSpinner.getEditor().setText("0.0005");
            supportSpinner.commitValue();
        });
        assertEquals(0.0005, model.form().minSupportProperty().get(), 1e-12);
        assertEquals(Math.log10(0.0005), onFx(support::getValue), 1e-9);

        // a basket file shows its layout choices; the long layout asks for two columns instead of a delimiter
        assertFalse(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        onFx(() -> model.source().kindProperty().set(BasketSource.Kind.FILE));
        assertTrue(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        assertTrue(onFx(() -> robot.lookup("#delimiterBox").query().isVisible()));
        assertFalse(onFx(() -> robot.lookup("#itemColumnBox").query().isVisible()));
        assertEquals("Open a basket file and say how its items are laid out.", text("#dataLabel"));
        onFx(() -> model.source().layoutProperty().set(org.crmworkbench.model.BasketFileFormat.Layout.LONG));
        assertFalse(onFx(() -> robot.lookup("#delimiterBox").query().isVisible()));
        assertTrue(onFx(() -> robot.lookup("#itemColumnBox").query().isVisible()));
    }

    @Test
    void plantedBasketsFillTheTableAndAChosenRuleListsItsOrdersAndCustomers() {
        BasketWorkspace baskets = onFx(() -> new BasketWorkspace(new DataSession(), jobs, Runnable::run));
        open(baskets);
        BasketViewModel model = baskets.viewModel();
        onFx(() -> {
            model.form().minSupportProperty().set(0.3);
            model.form().minConfidenceProperty().set(0.55);
            model.source().offer(BasketViewModelTest.planted(), "planted.csv");
        });
        waitUntil("four rules", () -> onFx(() -> table().getItems().size()) == 4);
        assertEquals("4 of 4 rules", text("#countLabel"));
        waitUntil("the charts drawn", () -> onFx(() -> robot.lookup("#basket-items-chart").query().isVisible()
                && robot.lookup("#basket-scatter-chart").query().isVisible()
                && robot.lookup("#basket-graph-chart").query().isVisible()
                && robot.lookup("#basket-matrix-chart").query().isVisible()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()),
                "no database to save into");

        // sorting by count puts the rule covering 4 baskets on top, numerically
        onFx(() -> {
            TableColumn<RuleRow, ?> count = table().getColumns().get(8);
            count.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(List.of(count));
        });
        assertEquals(4, onFx(() -> table().getItems().get(0).count()));

        onFx(() -> table().getSelectionModel().select(
                table().getItems().stream().filter(r -> r.text().equals("{bread} \u21d2 {butter}")).findFirst()
                        .orElseThrow()));
        waitUntil("four covered baskets", () -> onFx(() -> robot.lookup("#transactionList").queryAs(ListView.class).getItems().size()) == 4);
        assertEquals("Baskets with all its items: 4", text("#transactionsLabel"));
        assertEquals("Their customers: 3", text("#customersLabel"));

        // the consequent filter, typed
        onFx(() -> robot.lookup("#consequentBox").queryAs(ComboBox.class).getEditor().setText("milk"));
        waitUntil("one rule", () -> onFx(() -> table().getItems().size()) == 1);
        assertEquals("1 of 4 rules", text("#countLabel"));
    }

    @Test
    void theViewIsRewordedOnALanguageSwitchAndKeepsItsSettings() {
        BasketWorkspace baskets = onFx(() -> new BasketWorkspace(new DataSession(), jobs));
        WorkbenchWindow window = open(baskets);
        onFx(() -> baskets.viewModel().form().minConfidenceProperty().set(0.45));
        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("规则", "商品频率", "支持度与置信度", "规则图", "分组矩阵"), tabs());
        assertEquals("尚无订单：导入订单后即开始挖掘。", text("#dataLabel"));
        assertEquals(0.45, onFx(() -> robot.lookup("#confidenceSpinner").queryAs(Spinner.class).getValue()));
        assertEquals("购物篮", onFx(() -> robot.lookup("#nav-baskets").queryAs(ToggleButton.class).getText()));
    }
}
