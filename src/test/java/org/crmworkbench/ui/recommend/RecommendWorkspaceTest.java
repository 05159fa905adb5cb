package org.crmworkbench.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.data.runs.RecommendationRunStore;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.testing.GatedJobRunner;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Recommend workspace in the real window, on generated sample data, with popularity and a planted bench. */
class RecommendWorkspaceTest extends FxUiTest {
    private final GatedJobRunner jobs = new GatedJobRunner("job.recommend.neighbours");
    private final AtomicInteger pointsEvaluated = new AtomicInteger();
    private Database db;

    /** Planted figures: every method scores by its position; the curve's RMSE falls and precision rises with k. */
    private final RecommenderBench bench = new RecommenderBench() {
        @Override
        public List<AlgorithmScores> compare(RecommenderInput input, List<RecommenderSettings> methods,
                                             EvaluationSettings settings, Progress progress) {
            return methods.stream().map(m -> new AlgorithmScores(m, m.describe(), settings.n(),
                    m.algorithm().ordinal() == 0 ? Double.NaN : 1.0 - m.algorithm().ordinal() * 0.01,
                    m.algorithm().ordinal() == 0 ? Double.NaN : 0.7,
                    0.1 + m.algorithm().ordinal() * 0.01, 0.2, 0.15, 0.1, 0.4, 0.3, 0.5, 0.2, 100)).toList();
        }

        @Override
        public NeighbourPoint neighbourPoint(RecommenderInput input, RecommenderSettings knn,
                                             EvaluationSettings settings, Progress progress) {
            pointsEvaluated.incrementAndGet();
            return new NeighbourPoint(knn.algorithm(), knn.neighbours(), 1.0 - knn.neighbours() / 1000.0,
                    knn.neighbours() / 1000.0, settings.n());
        }
    };

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private RecommendViewModel openOverSample() throws Exception {
        db = GeneratedSample.open(appHomeDir, 300, 11);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customers (id, external_id, name) VALUES (999999, 'NEW-1', 'Nova Newcomer')");
        }
        DataSession session = new DataSession();
        RecommendWorkspace recommend = onFx(() -> new RecommendWorkspace(session, jobs, bench));
        var window = openWindow(List.of(recommend), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        onFx(() -> session.opened(db));
        RecommendViewModel model = recommend.viewModel();
        waitUntil("popularity fitted", () -> onFx(() -> model.fittedProperty().get() != null));
        return model;
    }

    /** Clicks the header of the tab with this title. */
    private void clickTab(String title) {
        javafx.scene.Node header = onFx(() -> robot.lookup(".tab .tab-label").queryAllAs(Label.class).stream()
                .filter(l -> title.equals(l.getText())).findFirst().orElseThrow());
        robot.clickOn(header);
    }

    private String text(String id) {
        return onFx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    @Test
    void aCustomerFoundBySearchShowsHistoryAndExplainedRecommendations() throws Exception {
        RecommendViewModel model = openOverSample();
        robot.clickOn("#customerSearch").write("C0000");
        waitUntil("customers found", () -> onFx(() -> !model.customers().found().isEmpty()));
        robot.clickOn(robot.lookup("#customerList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil("history and top 10 shown", () -> onFx(() -> !model.customers().history().isEmpty()
                && model.customers().top().size() == 10));
        TableView<?> top = robot.lookup("#topTable").queryAs(TableView.class);
        assertEquals(10, onFx(() -> top.getItems().size()));
        RecommendRows.Top first = onFx(() -> model.customers().top().get(0));
        assertEquals(1, first.rank());
        // the default method is the hybrid; a customer with many ratings gets collaborative or content items
        assertTrue(List.of("item-kNN", "matrix factorisation", "content").contains(first.source()), first.source());
        assertFalse(first.explanation().isBlank());
        assertFalse(onFx(() -> robot.lookup("#coldStartLabel").query().isVisible()));
        assertTrue(text("#customerSummary").contains("ratings"), text("#customerSummary"));
    }

    @Test
    void aCustomerWithoutRatingsIsShownAsColdStartWithThePopularityFallback() throws Exception {
        RecommendViewModel model = openOverSample();
        robot.clickOn("#customerSearch").write("NEW-1");
        waitUntil("the new customer found", () -> onFx(() -> model.customers().found().size() == 1));
        robot.clickOn(robot.lookup("#customerList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil("recommendations", () -> onFx(() -> model.customers().top().size() == 10));
        assertTrue(onFx(() -> model.customers().history().isEmpty()));
        assertTrue(onFx(() -> robot.lookup("#coldStartLabel").query().isVisible()));
        assertEquals("Cold start \u2013 New customer: these recommendations come from popularity.",
                text("#coldStartLabel"));
    }

    @Test
    void comparingFillsTheTableAndTheChart() throws Exception {
        RecommendViewModel model = openOverSample();
        clickTab("Evaluation");
        robot.clickOn("#compareButton");
        waitUntil("scores shown", () -> onFx(() -> model.evaluation().scores().size() == 6));
        JFreeChart chart = onFx(() -> ((ChartViewer) robot.lookup("#recommend-comparison-chart").query()).getChart());
        @SuppressWarnings("unchecked")
        List<CategoryPlot> plots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertEquals(6, plots.get(0).getDataset().getColumnCount());
        CategoryDataset errors = plots.get(1).getDataset();
        assertEquals(6, errors.getColumnCount(), "every method keeps its place under the ranking bars");
        long rmseBars = errors.getColumnKeys().stream()
                .filter(method -> errors.getValue("RMSE", (Comparable<?>) method) != null).count();
        assertEquals(5, rmseBars, "popularity has no RMSE bar");
    }

    @Test
    void theComparisonCanBeSavedForReports() throws Exception {
        RecommendViewModel model = openOverSample();
        clickTab("Evaluation");
        assertTrue(onFx(() -> robot.lookup("#saveEvaluationButton").query().isDisabled()), "nothing to save yet");
        robot.clickOn("#compareButton");
        waitUntil("scores shown", () -> onFx(() -> model.evaluation().scores().size() == 6));
        robot.clickOn("#saveEvaluationButton");
        waitUntil("the evaluation saved", () -> onFx(() -> model.evaluation().savedEvaluationProperty().get() > 0));
        long id = onFx(() -> model.evaluation().savedEvaluationProperty().get());
        org.crmworkbench.model.RecommendationEvaluationRecord saved =
                new org.crmworkbench.data.runs.EvaluationRunStore(db).load(id).orElseThrow();
        assertEquals(6, saved.scores().size());
        assertEquals(10, saved.listLength());
        assertTrue(Double.isNaN(saved.scores().get(0).rmse()), "popularity's missing RMSE stays missing");
        assertTrue(onFx(() -> robot.lookup("#saveEvaluationButton").query().isDisabled()), "saved once");
    }

    @Test
    void movingTheKSliderEvaluatesInTheBackgroundAndAddsACurvePoint() throws Exception {
        RecommendViewModel model = openOverSample();
        clickTab("Evaluation");
        clickTab("Neighbour curve");
        // the first visit sweeps the usual neighbour counts, so the curve is never empty
        waitUntil("the sweep's points", () -> onFx(() -> model.evaluation().points().size() == 5));
        assertEquals(EvaluationViewModel.SWEEP, onFx(() -> model.evaluation().points().stream()
                .map(NeighbourPoint::neighbours).toList()));
        jobs.hold();
        onFx(() -> robot.lookup("#recommend-k-slider").queryAs(Slider.class).requestFocus());
        robot.type(KeyCode.RIGHT);
        waitUntil("an evaluation of k = 21 has started", () -> onFx(() -> model.evaluation().evaluatingKProperty()
                .get() && model.evaluation().kProperty().get() == 21));
        // held at the gate: the window still answers clicks
        clickTab("Comparison");
        assertEquals(0, (int) onFx(() -> robot.lookup("#evaluationTabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedIndex()), "the Comparison tab opened while k was evaluated");
        assertEquals(5, (int) onFx(() -> model.evaluation().points().size()));
        jobs.release();
        waitUntil("a curve point", () -> onFx(() -> model.evaluation().points().size() == 6));
        assertTrue(onFx(() -> model.evaluation().points().stream().anyMatch(p -> p.neighbours() == 21)));
        JFreeChart curve = onFx(() -> ((ChartViewer) robot.lookup("#recommend-curve-chart").query()).getChart());
        assertEquals(6, ((XYPlot) curve.getPlot()).getDataset(0).getItemCount(0));

        int evaluated = pointsEvaluated.get();
        onFx(() -> model.evaluation().kProperty().set(40));
        waitUntil("k = 40 shown", () -> onFx(() -> !model.evaluation().evaluatingKProperty().get()));
        assertEquals(evaluated, pointsEvaluated.get(), "k = 40 came from the cache");
    }

    @Test
    void writingToTheDatabaseStoresOneRunForAllCustomers() throws Exception {
        RecommendViewModel model = openOverSample();
        robot.clickOn("#writeButton");
        waitUntil("saved", () -> onFx(() -> model.savedRunProperty().get() > 0));
        RecommendationRunStore store = new RecommendationRunStore(db);
        assertEquals(1, store.runIds().size());
        var run = store.load(store.runIds().get(0)).orElseThrow();
        assertEquals("hybrid", run.algorithm());
        assertEquals(301, run.customers());
        assertEquals(3010, run.items().size());
    }

    @Test
    void theCsvExportGivesCustomersInitialsUnlessNamesAreTicked() throws Exception {
        RecommendViewModel model = openOverSample();
        assertFalse(onFx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#exportNamesBox").query())
                .isSelected()), "names are off by default");
        java.nio.file.Path masked = appHomeDir.resolve("masked.csv");
        onFx(() -> model.exportCsv(masked));
        waitUntil("masked export", () -> java.nio.file.Files.exists(masked));
        String text = java.nio.file.Files.readString(masked);
        assertTrue(text.contains("NEW-1,N. N.,"), "the newcomer by initials");
        assertFalse(text.contains("Nova Newcomer"));
        java.nio.file.Path named = appHomeDir.resolve("named.csv");
        onFx(() -> {
            ((javafx.scene.control.CheckBox) robot.lookup("#exportNamesBox").query()).setSelected(true);
            model.exportCsv(named);
        });
        waitUntil("named export", () -> java.nio.file.Files.exists(named));
        assertTrue(java.nio.file.Files.readString(named).contains("NEW-1,Nova Newcomer,"));
    }
}
