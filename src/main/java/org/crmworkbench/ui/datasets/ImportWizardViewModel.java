package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.ui.common.Notice;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.ImportRequest;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The import wizard: choose a file and its table, see its first rows, map columns to fields and set options,
 * check every row without storing anything, import with progress and Cancel, and read what happened. Holds the
 * current {@link WizardStep} and what Next and Back may do; the mapping and the check/import have view models of
 * their own. File reading happens in background jobs. FX thread only.
 */
public final class ImportWizardViewModel {
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 50;

    private final JobRunner jobs;
    private final Supplier<Database> database;
    private final Supplier<Messages> messages;
    private final Consumer<CrmTable> imported;
    private final Runnable close;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.FILE);
    private final StringProperty filePath = new SimpleStringProperty(this, "filePath", "");
    private final ObjectProperty<CrmTable> table = new SimpleObjectProperty<>(this, "table");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final MappingViewModel mapping = new MappingViewModel();
    private final ImportRunViewModel run;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canClose;

    /**
     * @param database  the open database (null while there is none)
     * @param messages  the current language, for the importer's rejects files
     * @param imported  told which table a committed import changed
     * @param close     hides the wizard
     */
    public ImportWizardViewModel(JobRunner jobs, Supplier<Database> database, Supplier<Messages> messages,
            Consumer<CrmTable> imported, Runnable close) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.database = Objects.requireNonNull(database, "database");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.imported = Objects.requireNonNull(imported, "imported");
        this.close = Objects.requireNonNull(close, "close");
        this.run = new ImportRunViewModel(jobs);
        filePath.addListener((o, before, after) -> fileChosen(after));
        mapping.encodingProperty().addListener((o, before, after) -> {
            if (preview.get() != null && (step.get() == WizardStep.PREVIEW || step.get() == WizardStep.MAPPING)) {
                readPreview(); // other bytes, other text: read the header and rows again
            }
        });
        run.phaseProperty().addListener((o, before, after) -> importPhaseChanged(after));
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, filePath, table, preview, reading,
                mapping.readyBinding(), run.phaseProperty());
        canGoBack = Bindings.createBooleanBinding(() -> !reading.get() && switch (step.get()) {
            case PREVIEW, MAPPING, CHECK -> true;
            default -> false;
        }, step, reading);
        canClose = Bindings.createBooleanBinding(() -> run.phaseProperty().get() != ImportPhase.IMPORTING,
                run.phaseProperty());
    }

    /** Back to the first step, keeping nothing but a suggested table. */
    public void restart(CrmTable suggestedTable) {
        run.reset();
        preview.set(null);
        notice.set(null);
        filePath.set("");
        table.set(suggestedTable);
        step.set(WizardStep.FILE);
    }

    /** Goes to the next step, starting whatever it needs (reading the preview, the check, the import). */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        notice.set(null);
        switch (step.get()) {
            case FILE -> readPreview();
            case PREVIEW -> step.set(WizardStep.MAPPING);
            case MAPPING -> {
                step.set(WizardStep.CHECK);
                run.check(importer(), request(), mapping.options());
            }
            case CHECK -> {
                step.set(WizardStep.IMPORT);
                run.startImport(importer(), request(), mapping.options());
            }
            case IMPORT -> { }
            case SUMMARY -> close.run();
        }
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        notice.set(null);
        switch (step.get()) {
            case PREVIEW -> step.set(WizardStep.FILE);
            case MAPPING -> step.set(WizardStep.PREVIEW);
            case CHECK -> {
                run.reset();
                step.set(WizardStep.MAPPING);
            }
            default -> { }
        }
    }

    /** Hides the wizard; a running check is cancelled. Not while an import runs (cancel it first). */
    public void close() {
        if (canClose.get()) {
            if (run.phaseProperty().get() == ImportPhase.CHECKING) {
                run.reset();
            }
            close.run();
        }
    }

    /** True while an import runs: the wizard must not start over. */
    public boolean isWorking() {
        return run.phaseProperty().get() == ImportPhase.IMPORTING;
    }

    private boolean nextAllowed() {
        if (reading.get()) {
            return false;
        }
        return switch (step.get()) {
            case FILE -> !filePath.get().isBlank() && table.get() != null;
            case PREVIEW -> preview.get() != null;
            case MAPPING -> mapping.readyBinding().get();
            case CHECK -> run.importAllowed();
            case IMPORT -> false;
            case SUMMARY -> true;
        };
    }

    private void fileChosen(String text) {
        preview.set(null);
        Path file = path(text);
        if (file != null) {
            TableGuess.fromFileName(file).ifPresent(table::set);
        }
    }

    private void readPreview() {
        Path file = path(filePath.get());
        if (file == null) {
            notice.set(Notice.error("import.file.badPath", filePath.get()));
            return;
        }
        if (database.get() == null) {
            notice.set(Notice.error("data.state.opening.title"));
            return;
        }
        CrmTable target = table.get();
        Importer importer = importer();
        ImportOptions options = mapping.readingOptions();
        reading.set(true);
        jobs.job("job.data.preview", p -> importer.preview(target, file, options, PREVIEW_ROWS))
                .nameArgs(file.getFileName().toString())
                .replacing("data.import.preview")
                .onSuccess(p -> {
                    reading.set(false);
                    preview.set(p);
                    mapping.reset(target, p, file);
                    if (step.get() == WizardStep.FILE) {
                        step.set(WizardStep.PREVIEW);
                    }
                })
                .onFailure(error -> {
                    reading.set(false);
                    notice.set(readFailure(file, error));
                })
                .onCancelled(() -> reading.set(false))
                .start();
    }

    private Notice readFailure(Path file, Throwable error) {
        if (error instanceof NoSuchFileException) {
            return Notice.error("import.file.missing", file.toAbsolutePath().toString());
        }
        if (error instanceof UnreadableFileException unreadable) {
            return Notice.error("import.file.unreadable", unreadable.problem().describe(messages.get()));
        }
        return Notice.error("import.file.failed", file.getFileName().toString(), ErrorText.of(error));
    }

    private void importPhaseChanged(ImportPhase phase) {
        if (phase.isImportEnd() && step.get() == WizardStep.IMPORT) {
            step.set(WizardStep.SUMMARY);
            if (phase == ImportPhase.COMMITTED) {
                imported.accept(table.get());
            }
        }
    }

    private Importer importer() {
        return new Importer(database.get(), messages.get());
    }

    private ImportRequest request() {
        return new ImportRequest(table.get(), path(filePath.get()), mapping.mapping());
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The file to import, as typed or chosen. */
    public StringProperty filePathProperty() {
        return filePath;
    }

    /** The table to import into; suggested from the file's name. */
    public ObjectProperty<CrmTable> tableProperty() {
        return table;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** A problem with the current step (a file that cannot be read, ...), or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while the file's first rows are being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public MappingViewModel mapping() {
        return mapping;
    }

    public ImportRunViewModel run() {
        return run;
    }

    public BooleanBinding canGoNextBinding() {
        return canGoNext;
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    public BooleanBinding canCloseBinding() {
        return canClose;
    }
}
