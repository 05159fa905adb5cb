package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.jobs.PooledJobRunner;
import org.crmworkbench.ui.testing.LabelWorkspace;
import org.crmworkbench.ui.settings.Language;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Data workspace in the real window over a file database, driven with the robot as a person would. */
class DataWorkspaceTest extends FxUiTest {
    private final PooledJobRunner jobs = new PooledJobRunner(2, Platform::runLater);
    private Database db;
    private DataWorkspace data;

    @AfterEach
    void closeAll() {
        jobs.close();
        if (db != null) {
            db.close();
        }
    }

    private WorkbenchWindow open() {
        db = Database.openFile(appHomeDir.resolve("db").resolve("workbench"));
        return openOver(db);
    }

    private WorkbenchWindow openOver(Database database) {
        DataSession session = new DataSession();
        data = onFx(() -> new DataWorkspace(session, jobs));
        WorkbenchWindow window = openWindow(List.of(data, new LabelWorkspace("segments")), jobs);
        onFx(() -> {
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
        });
        onFx(() -> session.opened(database));
        return window;
    }

    private String text(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node instanceof Label label ? label.getText() : String.valueOf(node);
        });
    }

    private boolean visibleCell(String value) {
        return robot.lookup(".data-table .table-cell").match(hasText(value)).tryQuery().isPresent();
    }

    private void next() {
        waitUntil("Next is enabled", () -> !robot.lookup("#wizard-next").query().isDisabled());
        robot.clickOn("#wizard-next");
    }

    @Test
    void importsACsvThroughTheWizardAndSeesItsRowsInTheBrowser() throws Exception {
        Path file = appHomeDir.resolve("in").resolve("customers.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                customer_id,Kunde,gender,mail
                K1,Zoë Quinn,F,zoe@example.com
                K2,李雷,男,lilei@example.com
                K3,Otto,M,
                """);
        open();
        waitUntil("the empty table says so", () -> robot.lookup("#data-placeholder .placeholder-title")
                .match(hasText("Customers has no rows yet")).tryQuery().isPresent());

        robot.clickOn("#data-import");
        waitUntil("the wizard is shown", () -> robot.lookup("#import-wizard").query().isVisible());
        robot.clickOn("#import-file-path").write(file.toString());
        waitUntil("the table is suggested from the name",
                () -> this.<ComboBox<CrmTable>>find("#import-table").getValue() == CrmTable.CUSTOMERS);

        next();
        waitUntil("the preview shows the rows", () -> robot.lookup("#import-preview-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 3).orElse(false));
        assertTrue(text("#import-preview-summary").contains("4 columns"));

        next();
        waitUntil("the mapping step", () -> robot.lookup("#map-name").tryQuery().isPresent());
        assertEquals("", onFx(() -> this.<ComboBox<ColumnChoice>>find("#map-name").getValue().header()),
                "'Kunde' is not a known name for a name");
        robot.clickOn("#map-name");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("2: Kunde")).<Node>query());
        waitUntil("the name comes from Kunde", () -> "Kunde".equals(
                this.<ComboBox<ColumnChoice>>find("#map-name").getValue().header()));
        assertEquals("Zoë Quinn", onFx(() -> data.viewModel().wizard().mapping().fields().get(1).sampleProperty().get()));

        next();
        waitUntil("the check passed", () -> text("#import-check-verdict").startsWith("All 3 rows are valid"));
        assertEquals(0, DatabaseSnapshot.count(db, "customers"), "checking stores nothing");

        next();
        waitUntil("the summary", () -> robot.lookup("#import-summary-headline").tryQuery().isPresent()
                && text("#import-summary-headline").equals("Imported 3 rows into Customers"));
        assertEquals("3", text("#summary-loaded"));
        assertEquals("0", text("#summary-rejected"));

        next();
        waitUntil("the browser shows the imported rows", () -> visibleCell("Zoë Quinn") && visibleCell("李雷"));
        assertEquals("3 rows", text("#data-row-count"));
        waitUntil("the table list counts them", () -> "3".equals(text("#table-customers .table-count")));
        assertTrue(visibleCell("lilei@example.com"));
        assertEquals(3, DatabaseSnapshot.count(db, "customers"));
    }

    @Test
    void cancellingALongImportFromTheWizardStoresNothing() throws Exception {
        db = Database.openFile(appHomeDir.resolve("db").resolve("workbench"));
        SampleData.generate(db, 2_000, 300, 0);
        Path file = SampleData.writeRatingsFile(appHomeDir.resolve("in").resolve("ratings.csv"), 300_000, 2_000, 300);
        String before = DatabaseSnapshot.of(db);
        openOver(db);

        robot.clickOn("#data-import");
        robot.clickOn("#import-file-path").write(file.toString());
        waitUntil("ratings are suggested",
                () -> this.<ComboBox<CrmTable>>find("#import-table").getValue() == CrmTable.RATINGS);
        next();
        waitUntil("the preview", () -> robot.lookup("#import-preview-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == ImportWizardViewModel.PREVIEW_ROWS)
                .orElse(false));
        next();
        next();
        waitUntil("300,000 rows checked", () -> text("#import-check-verdict").startsWith("All 300,000 rows are valid"));

        next();
        ImportRunViewModel run = data.viewModel().wizard().run();
        waitUntil("the import is under way", () -> run.phaseProperty().get() == ImportPhase.IMPORTING
                && run.progressProperty().get() > 0 && !robot.lookup("#import-cancel").query().isDisabled());
        robot.clickOn("#import-cancel");
        waitUntil("the summary says it was cancelled", () -> robot.lookup("#import-summary-headline").tryQuery()
                .isPresent() && text("#import-summary-headline").equals("Import cancelled"));
        assertTrue(text("#import-summary-detail").contains("nothing of this file was stored"));
        assertEquals(ImportPhase.CANCELLED, onFx(() -> run.phaseProperty().get()));
        assertEquals(0, DatabaseSnapshot.count(db, "ratings"));
        assertEquals(before, DatabaseSnapshot.of(db), "the database is exactly as before");

        robot.clickOn("#wizard-next");
        robot.clickOn("#table-ratings");
        waitUntil("ratings are still empty", () -> robot.lookup("#data-placeholder .placeholder-title")
                .match(hasText("Ratings has no rows yet")).tryQuery().isPresent());
    }

    @Test
    void browsesSortsAndFiltersAHundredThousandRatings() throws Exception {
        db = Database.openFile(appHomeDir.resolve("db").resolve("workbench"));
        SampleData.generate(db, 5_000, 500, 100_000);
        openOver(db);
        robot.clickOn("#table-ratings");
        waitUntil("the ratings are counted", () -> "100,000 rows".equals(text("#data-row-count")));
        waitUntil("the first rows are read", () -> visibleCell("C000001"));

        TableView<BrowseRow> table = find("#data-table");
        onFx(() -> table.scrollTo(99_990));
        waitUntil("the last rows are read", () -> visibleCell("C005000") && visibleCell("100000"));
        assertTrue(onFx(() -> data.viewModel().browser().rowsProperty().get().pagesHeld()
                <= BrowserViewModel.PAGES_HELD), "only a few pages are held");

        robot.clickOn(robot.lookup(".data-table .column-header .label").match(hasText("Rating")).<Node>query());
        waitUntil("sorted by rating", () -> "rating".equals(data.viewModel().browser().sortColumnProperty().get())
                && !data.viewModel().browser().busyProperty().get());
        onFx(() -> table.scrollTo(0));
        waitUntil("the lowest ratings come first", () -> {
            BrowseRow first = table.getItems().get(0);
            return first.isLoaded() && Objects.equals(1.0, first.value(4).getValue());
        });

        robot.clickOn("#data-filter").write("c00012");
        waitUntil("filtered in the database",
                () -> text("#data-row-count").equals("200 of 100,000 rows contain \"c00012\""));
        assertEquals("rating", onFx(() -> data.viewModel().browser().sortColumnProperty().get()), "the sort stays");
        waitUntil("matching rows are shown", () -> visibleCell("C000120"));
    }

    @Test
    void switchingLanguageKeepsTheBrowserAndTheWizardWhereTheyWere() throws Exception {
        db = Database.openFile(appHomeDir.resolve("db").resolve("workbench"));
        SampleData.load(db, appHomeDir.resolve("sample"));
        Path file = appHomeDir.resolve("in").resolve("clients.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "client_id,Kunde\nK1,Zoë\n");
        WorkbenchWindow window = openOver(db);
        robot.clickOn("#table-ratings");
        waitUntil("ratings shown", () -> "5 rows".equals(text("#data-row-count")));
        robot.clickOn(robot.lookup(".data-table .column-header .label").match(hasText("Rating")).<Node>query());
        waitUntil("sorted", () -> "rating".equals(data.viewModel().browser().sortColumnProperty().get()));
        robot.clickOn("#data-import");
        robot.clickOn("#import-file-path").write(file.toString());
        next();
        next();
        waitUntil("the mapping step", () -> robot.lookup("#map-customer_id").tryQuery().isPresent());

        onFx(() -> window.switchLanguage(Language.SIMPLIFIED_CHINESE));
        waitUntil("the wizard is in Chinese on the same step", () -> robot.lookup("#wizard-next").tryQuery()
                .map(n -> "检查数据行".equals(((javafx.scene.control.Button) n).getText())).orElse(false));
        assertEquals("client_id", onFx(() -> this.<ComboBox<ColumnChoice>>find("#map-customer_id").getValue().header()));
        assertEquals("3  列对应", text("#wizard-step-mapping"));

        robot.clickOn("#wizard-close");
        waitUntil("the browser is back, in Chinese", () -> "共 5 行".equals(text("#data-row-count")));
        assertEquals("评分", text("#data-table-title"));
        TableView<BrowseRow> table = find("#data-table");
        assertEquals("rating", onFx(() -> (String) table.getSortOrder().get(0).getUserData()), "the sort is kept");
        waitUntil("rows are shown", () -> visibleCell("Green tea"));
    }
}
