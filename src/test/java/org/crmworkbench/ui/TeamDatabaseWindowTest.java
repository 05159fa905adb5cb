package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportRequest;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.testing.PostgresServer;
import org.crmworkbench.ui.assistant.AssistantWorkspace;
import org.crmworkbench.ui.basket.BasketWorkspace;
import org.crmworkbench.ui.datasets.DataWorkspace;
import org.crmworkbench.ui.feedback.FeedbackWorkspace;
import org.crmworkbench.ui.forecast.ForecastWorkspace;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobObserver;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.predict.PredictWorkspace;
import org.crmworkbench.ui.recommend.RecommendViewModel;
import org.crmworkbench.ui.recommend.RecommendWorkspace;
import org.crmworkbench.ui.reports.ReportsWorkspace;
import org.crmworkbench.ui.sales.SalesWorkspace;
import org.crmworkbench.ui.segments.SegmentsWorkspace;
import org.crmworkbench.ui.team.TeamDatabaseForm;
import org.crmworkbench.ui.team.TeamPasswords;
import org.crmworkbench.ui.testing.FxUiTest;
import org.crmworkbench.ui.value.ValueWorkspace;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window on a team database (issue 21): File > Team database (PostgreSQL) opens one through the dialog (paste of
 * the URL, password, test connection, Open), the Data workspace imports into it, and every workspace runs on it.
 * Skipped when no PostgreSQL can be started ({@link PostgresServer}).
 */
class TeamDatabaseWindowTest extends FxUiTest {
    private final PooledJobRunner jobs = new PooledJobRunner(2, Platform::runLater);
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private DataSession session;

    @AfterEach
    void closeAll() {
        jobs.close();
        Database db = session == null ? null : session.database();
        if (db != null) {
            db.close();
        }
    }

    private <W extends Workspace> W workspace(List<Workspace> all, Class<W> type) {
        return all.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private String text(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node instanceof Label label ? label.getText() : String.valueOf(node);
        });
    }

    private void next() {
        waitUntil("Next is enabled", () -> !robot.lookup("#wizard-next").query().isDisabled());
        click("#wizard-next");
    }

    private static void waitUntilOrNot(java.util.function.BooleanSupplier condition) {
        try {
            waitUntil("a while", condition);
        } catch (AssertionError stillWaiting) {
            // waited one more round
        }
    }

    /**
     * Clicks the node {@code query} finds, found on the FX thread: TestFX's own lookup walks the scene graph from the
     * test thread and failed (IndexOutOfBoundsException) when a workspace changed its children meanwhile.
     */
    private org.testfx.api.FxRobotInterface click(String query) {
        Node node = onFx(() -> robot.lookup(query).query());
        return robot.clickOn(node);
    }

    private void show(String id) {
        click("#nav-" + id);
    }

    @Test
    void opensATeamDatabaseThroughTheDialogImportsAndRunsEveryWorkspace() throws Exception {
        PostgresServer pg = PostgresServer.require();
        String url = pg.newDatabase("window");
        jobs.addObserver(new JobObserver() {
            @Override
            public void submitted(Job job) {
            }

            @Override
            public void finished(Job job) {
                if (job.state() == JobState.FAILED) {
                    failed.add(job.nameKey() + ": " + job.failure().map(Throwable::toString).orElse(""));
                }
            }
        });
        session = new DataSession();
        List<Workspace> all = onFx(() -> DataWorkspaces.create(session, new WorkbenchServices(appHome(), jobs)));
        WorkbenchWindow window = openWindow(all, jobs);
        WorkbenchApp app = new WorkbenchApp(appHome(), appHomeDir.resolve("start"));
        List<List<DatabaseAddress>> remembered = new ArrayList<>();
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.useDatabase(new DatabaseChoice(app.database(), List.of(),
                    (address, create, password, done) -> app.switchDatabase(session, jobs, address, create, password,
                            (file, again) -> Optional.empty(), window.messages(), failure -> {
                                outcomes.add(String.valueOf(failure));
                                done.accept(failure);
                            }),
                    () -> false, remembered::add,
                    new TeamDatabaseForm.Setup(jobs, new TeamPasswords(), TeamDatabaseForm::checkServer)));
            return null;
        });

        // File > Team database (PostgreSQL)...: paste the URL, give the password, test, open
        click("File");
        click("Team database (PostgreSQL)...");
        waitUntil("the dialog is shown", () -> robot.lookup("#team-database-dialog").tryQuery().isPresent());
        onFx(() -> {
            robot.lookup("#team-host").queryAs(TextField.class).setText(url);
            return null;
        });
        DatabaseAddress.Server server = (DatabaseAddress.Server) DatabaseAddress.parse(url);
        waitUntil("the pasted URL fills the fields", () -> server.host().equals(
                onFx(() -> robot.lookup("#team-host").queryAs(TextField.class).getText())));
        assertEquals(server.name(), onFx(() -> robot.lookup("#team-database").queryAs(TextField.class).getText()));
        if (pg.password() != null) {
            click("#team-password").write(pg.password());
        }
        assertTrue(!text("#team-url").contains("password") && text("#team-url").startsWith("jdbc:postgresql://"));
        click("#team-test");
        waitUntil("the test connection answered", () -> text("#team-outcome").startsWith("Connected to"));
        assertTrue(text("#team-outcome").contains("no workbench tables yet"), text("#team-outcome"));
        click("#team-open");
        // creating the workbench's tables on a new team database takes a while on a busy machine
        for (int i = 0; i < 6 && outcomes.isEmpty(); i++) {
            waitUntilOrNot(() -> !outcomes.isEmpty());
        }
        assertEquals(List.of("null"), outcomes, "opened without a problem");
        assertEquals(Database.Engine.POSTGRESQL, onFx(() -> session.database().engine()));
        assertInstanceOf(DatabaseAddress.Server.class, onFx(() -> window.database().current()));
        assertTrue(onFx(() -> window.stage().getTitle()).contains(server.name()), "the title names it");
        assertTrue(remembered.get(remembered.size() - 1).contains(server), "remembered among the recent ones");
        Database db = onFx(session::database);

        // Data workspace: the customers through the import wizard, the rest of the sample as the sample loader does
        Path sample = appHomeDir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(200, 7)).writeTo(sample, false, Progress.none());
        List<ImportRequest> files = Importer.dataSetFiles(sample);
        Path customers = files.stream().filter(r -> r.table() == CrmTable.CUSTOMERS).findFirst().orElseThrow().file();
        show(DataWorkspace.ID);
        click("#data-import");
        waitUntil("the wizard is shown", () -> robot.lookup("#import-wizard").query().isVisible());
        click("#import-file-path").write(customers.toString());
        waitUntil("customers are suggested", () -> onFx(() -> robot.lookup("#import-table")
                .<ComboBox<CrmTable>>query().getValue() == CrmTable.CUSTOMERS));
        next();
        next();
        next();
        waitUntil("the check passed", () -> text("#import-check-verdict").startsWith("All 200 rows are valid"));
        next();
        waitUntil("the summary", () -> robot.lookup("#import-summary-headline").tryQuery().isPresent()
                && text("#import-summary-headline").equals("Imported 200 rows into Customers"));
        assertEquals(200, DatabaseSnapshot.count(db, "customers"));
        next();
        new Importer(db, Messages.english()).importAll(files.stream().filter(r -> r.table() != CrmTable.CUSTOMERS)
                .toList(), ImportOptions.defaults(), Progress.none());
        onFx(() -> {
            session.dataChanged();
            return null;
        });

        // every workspace on the team database
        show(SegmentsWorkspace.ID);
        waitUntil("segment cards", () -> onFx(() -> ((FlowPane) robot.lookup("#segment-cards").query())
                .getChildren().size() > 1));
        var segments = workspace(all, SegmentsWorkspace.class).viewModel();
        onFx(() -> {
            segments.save();
            return null;
        });
        waitUntil("the segment run is saved", () -> onFx(() -> segments.savedRunProperty().get() > 0));

        show(RecommendWorkspace.ID);
        waitUntil("Recommend is ready", () -> onFx(() -> workspace(all, RecommendWorkspace.class).viewModel()
                .phaseProperty().get() == RecommendViewModel.Phase.READY));

        show(PredictWorkspace.ID);
        var predict = workspace(all, PredictWorkspace.class).viewModel();
        waitUntil("spend and churn fitted", () -> onFx(() -> predict.regression().resultProperty().get() != null
                && predict.churn().resultProperty().get() != null));

        show(ForecastWorkspace.ID);
        var forecast = workspace(all, ForecastWorkspace.class).viewModel();
        waitUntil("monthly series read", () -> onFx(() -> forecast.series().seriesProperty().get().size() > 0));

        show(ValueWorkspace.ID);
        var value = workspace(all, ValueWorkspace.class).viewModel();
        waitUntil("customer value fitted", () -> onFx(() -> value.resultProperty().get() != null));

        show(BasketWorkspace.ID);
        var baskets = workspace(all, BasketWorkspace.class).viewModel();
        onFx(() -> {
            baskets.mine();
            return null;
        });
        waitUntil("baskets mined", () -> onFx(() -> baskets.resultProperty().get() != null));

        show(SalesWorkspace.ID);
        var sales = workspace(all, SalesWorkspace.class).viewModel();
        onFx(() -> {
            sales.analyse();
            return null;
        });
        waitUntil("the sales team analysed", () -> onFx(() -> sales.resultProperty().get() != null));

        show(FeedbackWorkspace.ID);
        var feedback = workspace(all, FeedbackWorkspace.class).viewModel();
        onFx(() -> {
            feedback.run();
            return null;
        });
        waitUntil("feedback analysed", () -> onFx(() -> feedback.resultProperty().get() != null));

        show(AssistantWorkspace.ID);
        var assistant = workspace(all, AssistantWorkspace.class).viewModel();
        onFx(() -> {
            assistant.train();
            return null;
        });
        waitUntil("the assistant trained", () -> onFx(() -> assistant.trainedProperty().get() != null));

        show(ReportsWorkspace.ID);
        var reports = workspace(all, ReportsWorkspace.class).viewModel();
        onFx(() -> {
            reports.refresh();
            return null;
        });
        waitUntil("the saved segment run is offered", () -> onFx(() -> !reports.runs().isEmpty()));

        assertEquals(List.of(), failed, "no job failed on the team database");
        assertNotNull(onFx(session::database));
    }
}
