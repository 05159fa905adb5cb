package org.crmworkbench.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.data.Database;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Forecast workspace in the real window at 1200 x 760, over planted monthly orders. */
class ForecastWorkspaceTest extends FxUiTest {
    private final GatedJobRunner jobs = new GatedJobRunner("job.forecast.run");
    private Database db;

    @AfterEach
    void closeAll() {
        jobs.release();
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private ForecastViewModel open(int months) throws Exception {
        db = PlantedOrders.create(months);
        DataSession session = new DataSession();
        ForecastWorkspace forecast = onFx(() -> new ForecastWorkspace(session, jobs));
        var window = openWindow(List.of(forecast), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        onFx(() -> session.opened(db));
        return forecast.viewModel();
    }

    private String text(String query) {
        return onFx(() -> ((Label) robot.lookup(query).query()).getText());
    }

    private JFreeChart chart(String id) {
        return onFx(() -> ((ChartViewer) robot.lookup(id).query()).getChart());
    }

    private int rows(String id) {
        return onFx(() -> robot.lookup(id).queryAs(TableView.class).getItems().size());
    }

    @Test
    void aForecastFillsTheChartAndTheTables() throws Exception {
        ForecastViewModel model = open(48);
        waitUntil("a forecast", () -> model.resultProperty().get() != null);
        onFx(() -> model.form().modelProperty().set(ForecastModel.SEASONAL_NAIVE));
        onFx(() -> model.form().horizonProperty().set(6));
        robot.clickOn("#forecastButton");
        waitUntil("six months ahead", () -> model.periods().size() == 6);

        XYPlot plot = (XYPlot) chart("#forecast-chart").getPlot();
        assertEquals(48, plot.getDataset(1).getItemCount(0));
        assertEquals(7, plot.getDataset(1).getItemCount(2), "forecast from the last observation on");
        assertTrue(onFx(() -> robot.lookup("#forecast-chart").query().isVisible()));
        assertEquals(6, rows("#forecast-period-table"));
        assertFalse(model.parameters().isEmpty());
        assertTrue(rows("#forecast-parameter-table") >= 3);
        assertTrue(rows("#forecast-model-table") >= 1);
        String series = text("#seriesLabel");
        assertTrue(series.contains("48 periods from 2022-01 to 2025-12"), series);

        robot.clickOn(robot.lookup(".tab .tab-label").queryAllAs(Label.class).stream()
                .filter(l -> "Backtest".equals(l.getText())).findFirst().orElseThrow());
        assertTrue(onFx(() -> robot.lookup("#forecast-backtest-chart").query().isVisible()));

        robot.clickOn("#saveButton");
        waitUntil("saved", () -> model.savedRunProperty().get() > 0);
        assertTrue(text("#noticeLabel").startsWith("Forecast saved as run "), text("#noticeLabel"));
    }

    @Test
    void aHeldForecastCanBeCancelledAndTheWindowStillAnswers() throws Exception {
        ForecastViewModel model = open(48);
        waitUntil("a forecast", () -> model.resultProperty().get() != null);
        jobs.hold();
        robot.clickOn("#forecastButton");
        waitUntil("running", () -> model.runningProperty().get());
        robot.clickOn(robot.lookup(".tab .tab-label").queryAllAs(Label.class).stream()
                .filter(l -> "Parameters".equals(l.getText())).findFirst().orElseThrow());
        robot.clickOn("#cancelButton");
        waitUntil("cancelled", () -> !model.runningProperty().get());
        assertEquals("The forecast was cancelled.", text("#noticeLabel"));
    }

    @Test
    void aTooShortSeriesGivesAnErrorNotice() throws Exception {
        ForecastViewModel model = open(8);
        waitUntil("an error notice", () -> model.noticeProperty().get() != null
                && model.noticeProperty().get().error());
        String notice = text("#noticeLabel");
        assertTrue(notice.startsWith("Could not forecast: the snaive model needs at least 14 periods for a fit and one backtest origin; the series has 8"), notice);
        assertTrue(onFx(() -> robot.lookup("#noticeLabel").query().getStyleClass().contains("error")));
        assertFalse(onFx(() -> robot.lookup("#forecast-chart").query().isVisible()));
    }
}
