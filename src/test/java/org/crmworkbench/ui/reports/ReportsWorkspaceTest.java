package org.crmworkbench.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.SalesForecaster;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.forecast.ForecastFiles;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.work.Progress;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports workspace in the real window at 1200 x 760: pick a run, add items, reorder, preview, export. */
class ReportsWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = new PooledJobRunner(2, Platform::runLater);
    private Database db;

    @TempDir
    Path out;

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private ReportBuilderViewModel open(ReportsWorkspace reports) {
        reports.saveTo((owner, name, format, ext) -> Optional.of(out.resolve(name)));
        var window = openWindow(List.of(reports), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        return reports.viewModel();
    }

    /** FX thread only. */
    private Optional<Label> label(String styleClass, String startingWith) {
        return robot.lookup(styleClass).queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().startsWith(startingWith) && l.getScene() != null)
                .findFirst();
    }

    /** Clicks the label once its list cell shows it (cells are laid out on the next pulse). */
    private void click(String styleClass, String startingWith) {
        waitUntil(styleClass + " " + startingWith + " is shown", () -> label(styleClass, startingWith).isPresent());
        robot.clickOn(onFx(() -> label(styleClass, startingWith).orElseThrow()));
    }

    private void addChoice(int index) {
        List<Button> adds = onFx(() -> new ArrayList<>(robot.lookup(".report-add").queryAllAs(Button.class)));
        adds.sort((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()));
        robot.clickOn(adds.get(index));
    }

    private boolean disabled(String id) {
        return onFx(() -> robot.lookup(id).query().isDisabled());
    }

    private List<String> itemTitles(ReportBuilderViewModel model) {
        return onFx(() -> model.items().stream().map(r -> r.titleProperty().get()).toList());
    }

    @Test
    void anAnalystBuildsReordersPreviewsAndExportsAReport() throws Exception {
        PlantedReports planted = new PlantedReports();
        ReportBuilderViewModel model = open(new ReportsWorkspace(planted, planted, jobs));
        waitUntil("the runs are listed", () -> model.runs().size() == 2);
        assertTrue(disabled("#pdfButton"), "nothing to export yet");

        click(".report-run-heading", "#3");
        waitUntil("run #3's items", () -> model.choices().size() == 3);
        assertEquals("Charts and tables of run #3", onFx(() -> this.<Label>find("#choicesHeading").getText()));
        addChoice(1); // the table
        waitUntil("the table is built", () -> model.items().size() == 1 && model.items().get(0).isBuilt());
        addChoice(0); // the chart
        waitUntil("the chart is built", () -> model.items().size() == 2 && model.items().get(1).isBuilt());
        assertEquals(List.of("Built table 3", "Built chart 3"), itemTitles(model));

        waitUntil("the chart is previewed", () -> robot.lookup("#" + ItemPreview.CHART_ID).tryQuery().isPresent());
        robot.clickOn("#moveUpButton");
        assertEquals(List.of("Built chart 3", "Built table 3"), itemTitles(model));
        assertTrue(disabled("#moveUpButton"), "the first item cannot move up");

        TextField itemTitle = find("#itemTitleField");
        robot.doubleClickOn(itemTitle).eraseText(0);
        onFx(() -> itemTitle.selectAll());
        robot.write("Revenue by region");
        waitUntil("the title is applied", () -> "Revenue by region".equals(model.items().get(0).titleProperty().get()));
        ChartViewer viewer = find("#" + ItemPreview.CHART_ID);
        assertEquals("Revenue by region", onFx(() -> viewer.getChart().getTitle().getText()),
                "the chart shows the edited title");

        click(".report-item-title", "Built table 3");
        waitUntil("the table is previewed", () -> robot.lookup("#" + ItemPreview.TABLE_ID).tryQuery().isPresent());
        assertEquals(3, onFx(() -> this.<TableView<?>>find("#" + ItemPreview.TABLE_ID).getItems().size()));
        assertFalse(onFx(() -> this.<javafx.scene.control.CheckBox>find("#withNamesBox").isSelected()),
                "names are off until the analyst asks for them");
        assertEquals("W. F.", ((org.crmworkbench.present.report.ReportItem.Table) model.items().get(1).itemProperty()
                .get()).table().rows().get(2).get(0), "the preview shows the customer's initials");
        assertFalse(disabled("#csvButton"));
        robot.clickOn("#csvButton");
        waitUntil("the CSV is written", () -> Files.exists(out.resolve("Built table 3.csv")));

        TextField title = find("#titleField");
        onFx(() -> title.setText("Board pack"));
        robot.clickOn("#pdfButton");
        waitUntil("the PDF is written", () -> Files.exists(out.resolve("Board pack.pdf")) && !model.exportingProperty().get());
        assertEquals(List.of("Revenue by region", "Built table 3"),
                planted.written.get(0).items().stream().map(ReportItem::title).toList());
        assertEquals(ReportFormat.PDF, planted.formats.get(0));
        String notice = onFx(() -> this.<Label>find("#noticeLabel").getText());
        assertTrue(notice.startsWith("Saved ") && notice.endsWith("Board pack.pdf"), notice);

        click(".report-item-title", "Revenue by region");
        robot.clickOn("#removeButton");
        assertEquals(List.of("Built table 3"), itemTitles(model));
    }

    @Test
    void withNoSavedRunsTheListSaysWhereRunsAreSaved() {
        PlantedReports planted = new PlantedReports();
        planted.runs.clear();
        ReportBuilderViewModel model = open(new ReportsWorkspace(planted, planted, jobs));
        waitUntil("the runs were read", () -> !model.loadingRunsProperty().get());
        Node hint = find("#reports-no-runs");
        assertTrue(onFx(hint::isVisible));
        String text = onFx(() -> robot.lookup(".placeholder-text").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.contains("Segments")).findFirst().orElse(""));
        assertTrue(text.contains("Forecast") && text.contains("Predict") && text.contains("Recommend"), text);

        planted.runs.add(PlantedReports.FORECAST);
        robot.clickOn("#refreshButton");
        waitUntil("the new run is listed", () -> model.runs().size() == 1);
    }

    @Test
    void aSavedForecastRunGoesIntoAReportThroughTheCatalogueAndTheExporter() throws Exception {
        db = Database.inMemory();
        long runId = saveForecast(db);
        DataSession session = new DataSession();
        ReportsWorkspace reports = onFx(() -> new ReportsWorkspace(session, jobs));
        ReportBuilderViewModel model = open(reports);
        onFx(() -> session.opened(db));
        waitUntil("the run is listed", () -> model.runs().stream().anyMatch(r -> r.id() == runId));

        click(".report-run-heading", "#" + runId);
        waitUntil("its items", () -> !model.choices().isEmpty());
        robot.clickOn("#addDefaultsButton");
        waitUntil("the default items are built", () -> !model.items().isEmpty()
                && model.items().stream().allMatch(ItemRow::isBuilt));
        waitUntil("HTML can be exported", () -> !disabled("#htmlButton"));
        robot.clickOn("#htmlButton");
        Path file = out.resolve("Customer report.html");
        waitUntil("the HTML is written", () -> !model.exportingProperty().get() && Files.exists(file));
        assertTrue(Files.size(file) > 0);
        assertFalse(onFx(() -> this.<Label>find("#noticeLabel").getStyleClass().contains("error")));
    }

    /** Four years of monthly revenue with a planted trend and yearly season, forecast and saved as a run. */
    private static long saveForecast(Database db) {
        SplittableRandom random = new SplittableRandom(6);
        List<LocalDate> periods = new ArrayList<>();
        double[] values = new double[48];
        for (int i = 0; i < 48; i++) {
            periods.add(LocalDate.of(2022, 1, 1).plusMonths(i));
            values[i] = 1000 + 10 * i + 150 * Math.sin(2 * Math.PI * i / 12) + random.nextDouble(-20, 20);
        }
        TimeSeries series = new TimeSeries("Revenue by month", "planted", "revenue", SeriesFrequency.MONTH,
                periods, values);
        ForecastResult result = new SalesForecaster().run(series, new ForecastSettings(ForecastModel.SEASONAL_NAIVE,
                6, ForecastSettings.DEFAULT_LEVELS, 3, ForecastSettings.DEFAULT_SEED), Progress.none());
        return new ForecastRunStore(db).save(new ForecastFiles().record(result, Instant.now(), "test")).id();
    }
}
