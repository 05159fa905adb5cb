package org.crmworkbench.ui.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tab;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Value workspace in the real window at 1200 x 760, before any data: its form is bound to the view model. */
class ValueWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = PooledJobRunner.forJavaFx();

    @AfterEach
    void closeAll() {
        jobs.close();
    }

    private WorkbenchWindow open(ValueWorkspace value) {
        WorkbenchWindow window = openWindow(List.of(value), jobs);
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
        return onFx(() -> robot.lookup(".value-workspace .tab-pane").queryAs(TabPane.class).getTabs().stream()
                .map(Tab::getText).toList());
    }

    @Test
    void withoutDataTheFormIsBoundAndNothingCanRun() {
        ValueWorkspace value = onFx(() -> new ValueWorkspace(new DataSession(), jobs));
        open(value);
        ValueViewModel model = value.viewModel();
        assertEquals("No orders yet: the analysis starts as soon as orders are imported.", text("#dataLabel"));
        assertEquals(List.of("RFM", "Model", "Maps", "Checks", "CLV", "Lifecycle"), tabs());
        assertTrue(onFx(() -> robot.lookup("#runButton").queryAs(Button.class).isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled()));
        assertFalse(onFx(() -> robot.lookup(".value-workspace TitledPane").queryAs(TitledPane.class).isExpanded()),
                "the lifecycle thresholds start folded away");
        assertFalse(onFx(() -> robot.lookup("#value-no-holdout").query().isVisible()),
                "no holdout note before a fit");

        // the unit from the view: 52 weeks become 12 months in the spinner
        @SuppressWarnings("unchecked")
        ComboBox<ValueOption> units = robot.lookup("#unitBox").queryAs(ComboBox.class);
        onFx(() -> units.getSelectionModel().select(2));
        assertEquals(12, model.form().horizonProperty().get());
        assertEquals(12, onFx(() -> robot.lookup("#horizonSpinner").queryAs(Spinner.class).getValue()));

        // rates are typed in percent and kept as fractions
        onFx(() -> model.form().discountRateProperty().set(0.15));
        assertEquals("15%", onFx(() -> robot.lookup("#discountSpinner").queryAs(Spinner.class).getEditor()
                .getText()));
        onFx(() -> {
            Spinner<?> margin = robot.lookup("#marginSpinner").queryAs(Spinner.class);
            margin.getEditor().setText("40 %");
            margin.commitValue();
        });
        assertEquals(0.40, model.form().marginProperty().get(), 1e-12);

        // dates are written as the data line writes them
        onFx(() -> model.form().calibrationEndProperty().set(java.time.LocalDate.of(2025, 12, 31)));
        assertEquals("2025-12-31", onFx(() -> robot.lookup("#calibrationEndPicker").queryAs(DatePicker.class)
                .getEditor().getText()));

        // unticking the holdout disables its date
        robot.clickOn("#holdoutCheck");
        assertFalse(model.form().holdoutProperty().get());
        assertTrue(onFx(() -> robot.lookup("#holdoutEndPicker").queryAs(DatePicker.class).isDisabled()));

        // a transaction file is chosen from the source box: its column pickers appear
        assertFalse(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        onFx(() -> model.source().kindProperty().set(ValueSource.Kind.FILE));
        assertTrue(onFx(() -> robot.lookup("#fileGrid").query().isVisible()));
        assertEquals("Open a transaction file and pick its customer, date and amount columns.",
                text("#dataLabel"));
    }

    @Test
    void theViewIsRewordedOnALanguageSwitchAndKeepsItsSettings() {
        ValueWorkspace value = onFx(() -> new ValueWorkspace(new DataSession(), jobs));
        WorkbenchWindow window = open(value);
        onFx(() -> value.viewModel().form().horizonProperty().set(26));
        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("RFM", "模型", "热力图", "模型检验", "客户终身价值", "生命周期"), tabs());
        assertEquals("尚无订单：导入订单后即开始分析。", text("#dataLabel"));
        assertEquals("周", onFx(() -> robot.lookup("#unitBox").queryAs(ComboBox.class).getValue().toString()));
        assertEquals(26, onFx(() -> robot.lookup("#horizonSpinner").queryAs(Spinner.class).getValue()));
        assertEquals("客户价值", onFx(() -> robot.lookup("#nav-value").queryAs(javafx.scene.control.ToggleButton.class)
                .getText()));
    }
}
