package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportRequest;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobObserver;
import org.crmworkbench.ui.jobs.JobRequest;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard step by step, over a real database, with its jobs run on the test thread. */
class ImportWizardViewModelTest {
    private static final String NEW_CUSTOMERS = """
            Customer ID,Full name,Year of birth,notes
            N1,Nora,1980,vip
            N2,Nils,nineteen,
            N3,Nina,1999,
            N4,Noor,2999,
            """;

    @TempDir
    Path dir;
    Database db;
    SameThreadJobRunner jobs = new SameThreadJobRunner();
    final List<CrmTable> imported = new ArrayList<>();
    int closed;
    ImportWizardViewModel wizard;

    @BeforeEach
    void open() throws Exception {
        db = Database.inMemory();
        SampleData.load(db, dir.resolve("sample"));
        wizard = wizard(jobs);
    }

    private ImportWizardViewModel wizard(JobRunner runner) {
        return new ImportWizardViewModel(runner, () -> db, Messages::english, imported::add, () -> closed++);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void walksFromFileToSummaryAndTellsWhichTableChanged() throws Exception {
        Path file = write("more_customers.csv", NEW_CUSTOMERS.replace("nineteen", "1970").replace("2999", "1999"));
        assertEquals(WizardStep.FILE, wizard.stepProperty().get());
        assertFalse(wizard.canGoNextBinding().get(), "no file yet");
        wizard.filePathProperty().set(file.toString());
        assertEquals(CrmTable.CUSTOMERS, wizard.tableProperty().get(), "suggested from the file name");

        wizard.next();
        assertEquals(WizardStep.PREVIEW, wizard.stepProperty().get());
        assertEquals(List.of("Customer ID", "Full name", "Year of birth", "notes"), wizard.previewProperty().get().header());
        assertEquals(4, wizard.previewProperty().get().rows().size());

        wizard.next();
        assertEquals(WizardStep.MAPPING, wizard.stepProperty().get());
        assertEquals(List.of("notes"), wizard.mapping().ignoredHeaders());

        wizard.next();
        assertEquals(WizardStep.CHECK, wizard.stepProperty().get());
        assertEquals(ImportPhase.CHECKED, wizard.run().phaseProperty().get());
        assertEquals(0, wizard.run().reportProperty().get().problemCount());
        assertEquals(5, DatabaseSnapshot.count(db, "customers"), "a check stores nothing");
        assertTrue(wizard.canGoNextBinding().get());

        wizard.next();
        assertEquals(WizardStep.SUMMARY, wizard.stepProperty().get());
        assertEquals(ImportPhase.COMMITTED, wizard.run().phaseProperty().get());
        assertEquals(4, wizard.run().reportProperty().get().rowsLoaded());
        assertEquals(9, DatabaseSnapshot.count(db, "customers"));
        assertEquals(List.of(CrmTable.CUSTOMERS), imported, "the session is told, so views reload");

        wizard.next();
        assertEquals(1, closed, "Done closes the wizard");
    }

    @Test
    void problemsFoundByTheCheckBlockAStrictImportUntilBadRowsAreSkipped() throws Exception {
        Path file = write("more_customers.csv", NEW_CUSTOMERS);
        wizard.filePathProperty().set(file.toString());
        wizard.next();
        wizard.next();
        wizard.next();
        ImportRunViewModel run = wizard.run();
        assertEquals(ImportPhase.CHECKED, run.phaseProperty().get());
        assertEquals(2, run.reportProperty().get().problemCount());
        List<ImportProblem> problems = run.problems();
        assertEquals(3, problems.get(0).line());
        assertEquals(3, problems.get(0).column());
        assertEquals("nineteen", problems.get(0).value());
        assertTrue(problems.get(1).expected(Messages.english()).startsWith("expected a whole number"));
        assertFalse(wizard.canGoNextBinding().get(), "strict mode: nothing can be imported");

        wizard.back();
        assertEquals(WizardStep.MAPPING, wizard.stepProperty().get());
        assertEquals(ImportPhase.IDLE, run.phaseProperty().get());
        wizard.mapping().skipBadRowsProperty().set(true);
        wizard.next();
        assertTrue(wizard.canGoNextBinding().get());
        wizard.next();
        assertEquals(ImportPhase.COMMITTED, run.phaseProperty().get());
        assertEquals(2, run.reportProperty().get().rowsLoaded());
        assertEquals(2, run.reportProperty().get().rowsRejected());
        Path rejects = dir.resolve("more_customers.rejects.csv");
        assertEquals(List.of(rejects), run.reportProperty().get().rejects());
        assertTrue(Files.readString(rejects).contains("nineteen"));
    }

    @Test
    void aFileThatCannotBeReadStaysOnTheFirstStepWithANotice() throws Exception {
        wizard.filePathProperty().set(dir.resolve("nowhere.csv").toString());
        wizard.tableProperty().set(CrmTable.PRODUCTS);
        wizard.next();
        assertEquals(WizardStep.FILE, wizard.stepProperty().get());
        assertEquals("import.file.missing", wizard.noticeProperty().get().key());
        Path empty = write("empty.csv", "");
        wizard.filePathProperty().set(empty.toString());
        wizard.next();
        assertEquals("import.file.unreadable", wizard.noticeProperty().get().key());
        assertTrue(wizard.noticeProperty().get().text(Messages.english()).contains("the file is empty"));
    }

    @Test
    void aRefusedImportShowsItsProblemsAndLeavesTheDatabaseAsItWas() throws Exception {
        String before = DatabaseSnapshot.of(db);
        Path file = write("ratings.csv", "customer_id,product_id,rating\nC001,P03,4\nC999,P01,2\n");
        ImportRunViewModel run = new ImportRunViewModel(jobs);
        run.startImport(new Importer(db, Messages.english()), new ImportRequest(CrmTable.RATINGS, file),
                ImportOptions.defaults());
        assertEquals(ImportPhase.REFUSED, run.phaseProperty().get());
        assertEquals(1, run.problems().size());
        assertEquals(3, run.problems().get(0).line());
        assertEquals("C999", run.problems().get(0).value());
        assertEquals(before, DatabaseSnapshot.of(db));
        assertNull(run.failureProperty().get());
    }

    @Test
    void cancellingAnImportRollsBackAndSaysSo() throws Exception {
        SameThreadJobRunner deferred = SameThreadJobRunner.deferred(System::nanoTime);
        wizard = wizard(deferred);
        Path file = write("ratings.csv", "customer_id,product_id,rating\nC001,P03,4\n");
        wizard.filePathProperty().set(file.toString());
        wizard.next();
        deferred.runPending();
        wizard.next();
        wizard.next();
        deferred.runPending();
        assertEquals(ImportPhase.CHECKED, wizard.run().phaseProperty().get());
        String before = DatabaseSnapshot.of(db);

        wizard.next();
        assertEquals(ImportPhase.IMPORTING, wizard.run().phaseProperty().get());
        assertFalse(wizard.canCloseBinding().get(), "the wizard stays while an import runs");
        assertTrue(wizard.isWorking());
        wizard.run().cancel();
        deferred.runPending();
        assertEquals(ImportPhase.CANCELLED, wizard.run().phaseProperty().get());
        assertEquals(WizardStep.SUMMARY, wizard.stepProperty().get());
        assertEquals(before, DatabaseSnapshot.of(db));
        assertTrue(imported.isEmpty(), "nothing changed, nothing to reload");
        assertTrue(wizard.canCloseBinding().get());
    }

    @Test
    void aCancelThatArrivesAfterTheCommitReportsTheStoredRows() throws Exception {
        SameThreadJobRunner deferred = SameThreadJobRunner.deferred(System::nanoTime);
        List<ImportWizardViewModel> self = new ArrayList<>();
        JobRunner cancelAtCommit = new CancelAtStage(deferred, "import.stage.commit", () -> self.get(0).run().cancel());
        wizard = wizard(cancelAtCommit);
        self.add(wizard);
        Path file = write("ratings.csv", "customer_id,product_id,rating\nC001,P03,4\n");
        wizard.filePathProperty().set(file.toString());
        wizard.next();
        deferred.runPending();
        wizard.next();
        wizard.next();
        deferred.runPending();
        wizard.next();
        deferred.runPending();
        assertEquals(ImportPhase.COMMITTED, wizard.run().phaseProperty().get());
        assertTrue(wizard.run().finishedBeforeCancelProperty().get());
        assertEquals(6, DatabaseSnapshot.count(db, "ratings"));
        assertEquals(List.of(CrmTable.RATINGS), imported);
    }

    /** A runner whose jobs call {@code action} when their body reports the stage {@code key}. */
    private record CancelAtStage(JobRunner delegate, String key, Runnable action) implements JobRunner {
        @Override
        public <T> JobRequest<T> job(String nameKey, JobBody<T> body) {
            return delegate.job(nameKey, progress -> body.run(new Progress() {
                @Override
                public void worked(long done, long total) {
                    progress.worked(done, total);
                }

                @Override
                public void stage(String messageKey, Object... args) {
                    progress.stage(messageKey, args);
                    if (messageKey.equals(key)) {
                        action.run();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            }));
        }

        @Override
        public void addObserver(JobObserver observer) {
            delegate.addObserver(observer);
        }

        @Override
        public void removeObserver(JobObserver observer) {
            delegate.removeObserver(observer);
        }

        @Override
        public void cancelAll() {
            delegate.cancelAll();
        }
    }
}
