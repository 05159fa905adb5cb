package org.crmworkbench.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report builder's state without the FX thread: jobs run on the test's thread (or when the test says). */
class ReportBuilderViewModelTest {
    private final Messages english = Messages.english();
    private final PlantedReports planted = new PlantedReports();

    @TempDir
    Path dir;

    private ReportBuilderViewModel model(SameThreadJobRunner jobs) {
        return new ReportBuilderViewModel(planted, planted, jobs, () -> english);
    }

    private List<String> titles(ReportBuilderViewModel model) {
        return model.items().stream().map(r -> r.titleProperty().get()).toList();
    }

    @Test
    void runsAreReadNewestFirstAndTheChosenRunListsItsItems() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        assertEquals("Customer report", model.titleProperty().get());
        assertTrue(model.runs().isEmpty(), "nothing is read before a refresh");
        model.refresh();
        assertEquals(List.of(PlantedReports.FORECAST, PlantedReports.SEGMENT), model.runs());
        assertTrue(model.choices().isEmpty());
        model.selectedRunProperty().set(PlantedReports.SEGMENT);
        assertEquals(List.of(PlantedReports.chart(3), PlantedReports.table(3), PlantedReports.broken(3)),
                model.choices());
        assertFalse(model.loadingRunsProperty().get());
    }

    @Test
    void aRefreshKeepsTheChosenRunAndForgetsADeletedOne() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.refresh();
        model.selectedRunProperty().set(PlantedReports.SEGMENT);
        model.refresh();
        assertEquals(PlantedReports.SEGMENT, model.selectedRunProperty().get());
        assertEquals(3, model.choices().size());
        planted.runs.remove(PlantedReports.SEGMENT);
        model.refresh();
        assertNull(model.selectedRunProperty().get());
        assertTrue(model.choices().isEmpty());
        assertEquals(List.of(PlantedReports.FORECAST), model.runs());
    }

    @Test
    void itemsAreAddedBuiltMovedAndRemoved() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.add(PlantedReports.chart(7));
        model.add(PlantedReports.table(3));
        model.add(PlantedReports.chart(3));
        assertEquals(List.of("Built chart 7", "Built table 3", "Built chart 3"), titles(model));
        assertTrue(model.items().stream().allMatch(ItemRow::isBuilt));
        assertTrue(model.readyProperty().get());
        assertEquals("Built chart 3", model.selectedItemProperty().get().titleProperty().get(), "the newest is chosen");

        model.moveUp();
        model.moveUp();
        model.moveUp(); // already first: nothing happens
        assertEquals(List.of("Built chart 3", "Built chart 7", "Built table 3"), titles(model));
        model.moveDown();
        assertEquals(List.of("Built chart 7", "Built chart 3", "Built table 3"), titles(model));

        model.remove();
        assertEquals(List.of("Built chart 7", "Built table 3"), titles(model));
        assertEquals("Built table 3", model.selectedItemProperty().get().titleProperty().get(),
                "the item that took its place is chosen");
        model.remove();
        model.remove();
        assertTrue(model.items().isEmpty());
        assertNull(model.selectedItemProperty().get());
        assertFalse(model.readyProperty().get());
    }

    @Test
    void defaultsAreAddedInTheCataloguesOrder() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.refresh();
        model.addDefaults();
        assertTrue(model.items().isEmpty(), "no run chosen");
        model.selectedRunProperty().set(PlantedReports.FORECAST);
        model.addDefaults();
        assertEquals(List.of(PlantedReports.table(7), PlantedReports.chart(7)),
                model.items().stream().map(ItemRow::choice).toList());
    }

    @Test
    void anItemIsShownAsBuildingUntilItsJobEnds() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        ItemRow row = model.add(PlantedReports.chart(7));
        assertFalse(row.isBuilt());
        assertEquals("Chart 7", row.titleProperty().get(), "the choice's label until it is built");
        assertFalse(model.readyProperty().get());
        model.export(ReportFormat.PDF, dir.resolve("early.pdf"));
        assertEquals("reports.notice.stillBuilding", model.noticeProperty().get().key());
        jobs.runPending();
        assertTrue(row.isBuilt());
        assertEquals("Built chart 7", row.titleProperty().get());
        assertTrue(model.readyProperty().get());
    }

    @Test
    void aTitleEditedWhileBuildingIsKept() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        ItemRow row = model.add(PlantedReports.chart(7));
        row.titleProperty().set("Revenue, next year");
        jobs.runPending();
        assertEquals("Revenue, next year", row.titleProperty().get());
        ReportItem.Chart chart = (ReportItem.Chart) row.itemProperty().get();
        assertEquals("Revenue, next year", chart.chart().getTitle().getText(), "the shown chart carries the title");
    }

    @Test
    void peopleAreMaskedUntilNamesAreSwitchedOnAndThenEveryItemIsBuiltAgainWithTheirNames() throws Exception {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        assertFalse(model.withNamesProperty().get(), "names are off by default");
        ItemRow table = model.add(PlantedReports.table(3));
        ItemRow chart = model.add(PlantedReports.chart(7));
        jobs.runPending();
        assertEquals(List.of(PersonalDataPolicy.Mode.MASKED, PersonalDataPolicy.Mode.MASKED), planted.modes);
        assertEquals("W. F.", ((ReportItem.Table) table.itemProperty().get()).table().rows().get(2).get(0));
        table.titleProperty().set("Customers");

        model.withNamesProperty().set(true);
        assertFalse(table.isBuilt(), "built again: no item until the new one comes");
        assertFalse(model.readyProperty().get(), "no export of the old items meanwhile");
        jobs.runPending();
        assertEquals(List.of(model.items().get(0), model.items().get(1)), List.of(table, chart), "both rows stay");
        assertEquals(List.of(PersonalDataPolicy.Mode.WITH_NAMES, PersonalDataPolicy.Mode.WITH_NAMES),
                planted.modes.subList(2, 4));
        assertEquals("Wang Fang", ((ReportItem.Table) table.itemProperty().get()).table().rows().get(2).get(0));
        assertEquals("Customers", table.titleProperty().get(), "the analyst's title is kept");
        assertNull(model.noticeProperty().get(), "a build stopped for the switch is no error");

        model.export(ReportFormat.HTML, dir.resolve("named.html"));
        jobs.runPending();
        ReportItem.Table written = (ReportItem.Table) planted.written.get(0).items().get(0);
        assertEquals("Wang Fang", written.table().rows().get(2).get(0));
    }

    @Test
    void switchingNamesWhileAnItemIsBuildingBuildsItOnceMoreTheNewWay() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        ItemRow table = model.add(PlantedReports.table(3));
        model.withNamesProperty().set(true);
        jobs.runPending();
        assertEquals(List.of(table), List.copyOf(model.items()));
        assertEquals("Wang Fang", ((ReportItem.Table) table.itemProperty().get()).table().rows().get(2).get(0));
    }

    @Test
    void aRemovedItemStillBuildingIsCancelled() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        model.add(PlantedReports.chart(7));
        model.remove();
        jobs.runPending();
        assertTrue(model.items().isEmpty());
        assertNull(model.noticeProperty().get(), "no error for a cancelled build");
    }

    @Test
    void aFailingBuildDropsTheItemWithAnError() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.add(PlantedReports.chart(7));
        model.add(PlantedReports.broken(7));
        assertEquals(List.of("Built chart 7"), titles(model));
        assertEquals("Built chart 7", model.selectedItemProperty().get().titleProperty().get());
        assertTrue(model.noticeProperty().get().error());
        String text = model.noticeProperty().get().text(english);
        assertTrue(text.startsWith("Could not build Broken 7 of run #7: "), text);
        assertTrue(text.contains("has no item broken"), text);
    }

    @Test
    void aRunDeletedMeanwhileIsReportedWhenItsItemIsBuilt() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        planted.runs.remove(PlantedReports.SEGMENT);
        model.add(PlantedReports.table(3));
        assertTrue(model.items().isEmpty());
        String text = model.noticeProperty().get().text(english);
        assertTrue(text.contains("There is no saved run #3"), text);
    }

    @Test
    void exportWritesTheItemsInOrderWithTheirTitlesAndNotes() throws Exception {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.titleProperty().set("  Quarterly review ");
        model.notesProperty().set("Prepared for the board.");
        ItemRow table = model.add(PlantedReports.table(3));
        ItemRow chart = model.add(PlantedReports.chart(7));
        model.moveUp();
        chart.titleProperty().set("Revenue forecast");
        chart.noteProperty().set("Bands are 80% and 95%.");
        table.noteProperty().set("By region.");

        Path file = dir.resolve(model.suggestedFileName("pdf"));
        assertEquals("Quarterly review.pdf", file.getFileName().toString());
        model.export(ReportFormat.PDF, file);

        assertTrue(Files.exists(file));
        assertEquals(file, model.exportedProperty().get());
        assertFalse(model.exportingProperty().get());
        assertEquals(List.of(ReportFormat.PDF), planted.formats);
        Report report = planted.written.get(0);
        assertEquals("Quarterly review", report.title());
        assertEquals("Prepared for the board.", report.notes());
        assertEquals("planted data", report.dataSet());
        assertEquals(List.of("Revenue forecast", "Built table 3"), report.items().stream().map(ReportItem::title).toList());
        assertEquals(List.of("Bands are 80% and 95%.", "By region."),
                report.items().stream().map(ReportItem::note).toList());
        ReportItem.Chart written = (ReportItem.Chart) report.items().get(0);
        assertNotSame(((ReportItem.Chart) chart.itemProperty().get()).chart(), written.chart(),
                "the export gets its own copy of the shown chart");
        JFreeChart shown = ((ReportItem.Chart) chart.itemProperty().get()).chart();
        assertNotSame(shown.getXYPlot().getRenderer(), written.chart().getXYPlot().getRenderer());
        for (int i = 0; i < written.chart().getSubtitleCount(); i++) {
            if (written.chart().getSubtitle(i) instanceof LegendTitle legend) {
                assertSame(written.chart().getPlot(), legend.getSources()[0],
                        "the written chart's legend reads its own plot, not the preview's");
            }
        }
        assertEquals("Saved " + file, model.noticeProperty().get().text(english));
    }

    @Test
    void anExportCanBeCancelledAndWritesNothing() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        model.add(PlantedReports.table(3));
        jobs.runPending();
        Path file = dir.resolve("r.pdf");
        model.export(ReportFormat.PDF, file);
        assertTrue(model.exportingProperty().get());
        model.cancelExport();
        jobs.runPending();
        assertFalse(model.exportingProperty().get());
        assertEquals("reports.notice.exportCancelled", model.noticeProperty().get().key());
        assertFalse(Files.exists(file));
        assertTrue(planted.written.isEmpty());
    }

    @Test
    void anEmptyReportIsNotExported() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.export(ReportFormat.HTML, dir.resolve("r.html"));
        assertTrue(model.noticeProperty().get().error());
        assertTrue(planted.written.isEmpty());
    }

    @Test
    void aFileThatCannotBeWrittenGivesAReadableError() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.add(PlantedReports.chart(7));
        Path file = dir.resolve("missing-folder").resolve("r.xlsx");
        model.export(ReportFormat.XLSX, file);
        assertFalse(model.exportingProperty().get());
        String text = model.noticeProperty().get().text(english);
        assertTrue(model.noticeProperty().get().error());
        assertTrue(text.startsWith("Could not save r.xlsx: cannot write "), text);
        assertTrue(text.contains("missing-folder"), text);
    }

    @Test
    void aTableIsExportedAsCsvButAChartIsNot() {
        ReportBuilderViewModel model = model(new SameThreadJobRunner());
        model.add(PlantedReports.chart(7));
        model.exportCsv(dir.resolve("chart.csv"));
        assertEquals("reports.notice.notATable", model.noticeProperty().get().key());
        model.add(PlantedReports.table(3));
        assertEquals("Built table 3.csv", model.suggestedCsvName());
        Path file = dir.resolve("t.csv");
        model.exportCsv(file);
        assertTrue(Files.exists(file));
        assertEquals(1, planted.csv.size());
    }

    @Test
    void theDefaultTitleFollowsTheLanguageUntilItIsEdited() {
        Messages[] current = {english};
        ReportBuilderViewModel model = new ReportBuilderViewModel(planted, planted, new SameThreadJobRunner(),
                () -> current[0]);
        current[0] = new Messages(Locale.SIMPLIFIED_CHINESE);
        model.relabel();
        assertEquals("客户报告", model.titleProperty().get());
        assertEquals("客户报告.pdf", model.suggestedFileName("pdf"));
        model.titleProperty().set("Mine");
        current[0] = english;
        model.relabel();
        assertEquals("Mine", model.titleProperty().get());
    }

    @Test
    void theChosenRunsItemsAreReadAgainInTheNewLanguage() {
        Messages[] current = {english};
        List<String> languages = new java.util.ArrayList<>();
        ReportSource named = new ReportSource() {
            @Override
            public List<SavedRun> runs() {
                return planted.runs();
            }

            @Override
            public List<ItemChoice> items(long runId) {
                languages.add(current[0].locale().getLanguage());
                return planted.items(runId);
            }

            @Override
            public List<ItemChoice> defaultItems(long runId) {
                return planted.defaultItems(runId);
            }

            @Override
            public org.crmworkbench.present.report.ReportItem build(long runId, String key,
                    org.crmworkbench.present.PersonalDataPolicy people, org.crmworkbench.work.Progress progress) {
                return planted.build(runId, key, people, progress);
            }

            @Override
            public String dataSet() {
                return planted.dataSet();
            }
        };
        ReportBuilderViewModel model = new ReportBuilderViewModel(named, planted, new SameThreadJobRunner(),
                () -> current[0]);
        model.refresh();
        model.selectedRunProperty().set(model.runs().get(0));
        current[0] = new Messages(Locale.SIMPLIFIED_CHINESE);
        model.relabel();
        assertEquals(List.of("en", "zh"), languages);
        assertEquals(3, model.choices().size());
    }

    @Test
    void fileNamesDropWhatFileSystemsRefuse() {
        assertEquals("Q3 NorthAmerica", FileNames.of(" Q3: North/America? ", "report"));
        assertEquals("report", FileNames.of(" /// ", "report"));
        assertEquals("客户报告 2026", FileNames.of("客户报告  2026", "report"));
        assertNotNull(FileNames.of("x".repeat(200), "r"));
        assertEquals(80, FileNames.of("x".repeat(200), "r").length());
    }

    @Test
    void anotherDatabaseDropsTheItemsStopsTheirBuildsAndClearsTheNotice() {
        SameThreadJobRunner jobs = SameThreadJobRunner.deferred(System::nanoTime);
        ReportBuilderViewModel model = model(jobs);
        model.refresh();
        jobs.runPending();
        model.selectedRunProperty().set(PlantedReports.SEGMENT);
        jobs.runPending();
        ItemRow built = model.add(PlantedReports.table(3));
        jobs.runPending();
        assertTrue(built.isBuilt());
        model.add(PlantedReports.chart(7));
        model.add(PlantedReports.broken(7));
        model.addDefaults();
        model.export(ReportFormat.PDF, dir.resolve("early.pdf"));
        assertEquals("reports.notice.stillBuilding", model.noticeProperty().get().key());

        model.databaseChanged();
        assertTrue(model.items().isEmpty());
        assertNull(model.selectedItemProperty().get());
        assertNull(model.selectedRunProperty().get());
        assertNull(model.noticeProperty().get());
        jobs.runPending();
        assertTrue(model.items().isEmpty(), "builds and defaults started on the old database add nothing");
        assertNull(model.noticeProperty().get(), "nor report errors: " + model.noticeProperty().get());
        assertEquals(2, model.runs().size(), "the run list is read again");
    }
}
