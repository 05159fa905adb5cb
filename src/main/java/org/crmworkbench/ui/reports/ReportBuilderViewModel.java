package org.crmworkbench.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.ReportWorkflow;

/**
 * The report builder's state: the saved runs and the items the chosen one can give, the report being built (title,
 * notes, items in order) and the export under way. Reading runs, building items and writing files are background
 * jobs; everything else is immediate. FX thread only.
 */
public final class ReportBuilderViewModel {
    static final String RUNS_KEY = "reports.runs";
    static final String CHOICES_KEY = "reports.choices";

    private final ReportSource source;
    private final ReportOutput output;
    private final JobRunner jobs;
    private final Supplier<Messages> messages;

    private final ObservableList<SavedRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loadingRuns = new ReadOnlyBooleanWrapper(this, "loadingRuns");
    private final ObjectProperty<SavedRun> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    private final ObservableList<ItemChoice> choices = FXCollections.observableArrayList();

    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.itemProperty(), row.titleProperty()});
    private final ObjectProperty<ItemRow> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final BooleanBinding ready = Bindings.createBooleanBinding(
            () -> !items.isEmpty() && items.stream().allMatch(ItemRow::isBuilt), items);
    private final BooleanBinding canAddDefaults = selectedRun.isNotNull().and(Bindings.isNotEmpty(choices));
    private final BooleanBinding tableSelected = Bindings.createBooleanBinding(
            () -> selectedItem.get() != null && selectedItem.get().itemProperty().get() instanceof ReportItem.Table,
            selectedItem, items);

    /** Whether the report shows people's names and e-mail addresses as stored; off: masked (initials). */
    private final BooleanProperty withNames = new SimpleBooleanProperty(this, "withNames", false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ItemBuilds builds;
    private Job exportJob;
    private boolean titleEdited;
    /** Counts database changes, so a job started on the old database adds nothing to the new one's report. */
    private int databaseGeneration;

    public ReportBuilderViewModel(ReportSource source, ReportOutput output, JobRunner jobs,
                                  Supplier<Messages> messages) {
        this.source = Objects.requireNonNull(source, "source");
        this.output = Objects.requireNonNull(output, "output");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        title.set(messages.get().get("reports.ws.defaultTitle"));
        title.addListener((o, a, b) -> titleEdited = true);
        selectedRun.addListener((o, a, b) -> loadChoices(b));
        this.builds = new ItemBuilds(source, jobs, items::contains, this::drop, (row, error) -> notice.set(
                Notice.error("reports.notice.buildFailed", row.choice().label(), row.choice().runId(),
                        ReportErrors.text(error, messages.get()))));
        // names switched on or off: every item is built again, showing people the new way
        withNames.addListener((o, a, b) -> builds.again(items, people()));
    }

    /** How the report's items show people now. */
    private PersonalDataPolicy people() {
        return withNames.get() ? PersonalDataPolicy.withNames() : PersonalDataPolicy.masked();
    }

    /** After the language changed: an untouched default title follows the language. */
    void relabel() {
        if (!titleEdited) {
            title.set(messages.get().get("reports.ws.defaultTitle"));
            titleEdited = false;
        }
        // the chosen run's charts and tables are named in the language they were read in: read them again
        if (selectedRun.get() != null) {
            loadChoices(selectedRun.get());
        }
    }

    /** Reads the saved runs again (runs are saved in other workspaces), keeping the chosen run if it is still there. */
    public void refresh() {
        loadingRuns.set(true);
        jobs.job("job.reports.runs", progress -> source.runs())
                .replacing(RUNS_KEY)
                .onSuccess(list -> {
                    loadingRuns.set(false);
                    SavedRun chosen = selectedRun.get();
                    SavedRun again = chosen == null ? null
                            : list.stream().filter(r -> r.id() == chosen.id()).findFirst().orElse(null);
                    runs.setAll(again == null ? list
                            : list.stream().map(r -> r.id() == chosen.id() ? chosen : r).toList());
                    if (again == null) {
                        selectedRun.set(null);
                    }
                })
                .onFailure(error -> {
                    loadingRuns.set(false);
                    notice.set(Notice.error("reports.notice.runsFailed", ReportErrors.text(error, messages.get())));
                })
                .onCancelled(() -> loadingRuns.set(false))
                .start();
    }

    private void loadChoices(SavedRun run) {
        choices.clear();
        if (run == null) {
            return;
        }
        jobs.job("job.reports.items", progress -> source.items(run.id()))
                .nameArgs(run.id())
                .replacing(CHOICES_KEY)
                .onSuccess(list -> {
                    if (run.equals(selectedRun.get())) {
                        choices.setAll(list);
                    }
                })
                .onFailure(error -> notice.set(Notice.error("reports.notice.itemsFailed", run.id(),
                        ReportErrors.text(error, messages.get()))))
                .start();
    }

    /**
     * After another database was opened: the report's items were built from the old one (and an export would stamp
     * the new one's data set on them), so they are taken out with their building jobs stopped, an export under way
     * is cancelled, the notice and chosen run are cleared and the run list is read again. Title and notes stay.
     */
    public void databaseChanged() {
        databaseGeneration++;
        cancelExport();
        for (ItemRow row : List.copyOf(items)) {
            row.cancelBuilding();
        }
        items.clear();
        selectedItem.set(null);
        selectedRun.set(null);
        exported.set(null);
        notice.set(null);
        refresh();
    }

    /** Adds the item to the end of the report and builds it in the background; it is selected at once. */
    public ItemRow add(ItemChoice choice) {
        ItemRow row = new ItemRow(choice);
        items.add(row);
        selectedItem.set(row);
        builds.start(row, people());
        return row;
    }

    /** Adds the chosen run's default items (read in the background), in the catalogue's order. */
    public void addDefaults() {
        SavedRun run = selectedRun.get();
        if (run == null) {
            return;
        }
        int generation = databaseGeneration;
        jobs.job("job.reports.defaults", progress -> source.defaultItems(run.id()))
                .nameArgs(run.id())
                .onSuccess(list -> {
                    if (generation == databaseGeneration) {
                        list.forEach(this::add);
                    }
                })
                .onFailure(error -> {
                    if (generation == databaseGeneration) {
                        notice.set(Notice.error("reports.notice.itemsFailed", run.id(),
                                ReportErrors.text(error, messages.get())));
                    }
                })
                .start();
    }

    private void drop(ItemRow row) {
        int at = items.indexOf(row);
        if (at < 0) {
            return;
        }
        items.remove(at);
        if (row == selectedItem.get()) {
            selectedItem.set(items.isEmpty() ? null : items.get(Math.min(at, items.size() - 1)));
        }
    }

    /** Moves the selected item one place up. */
    public void moveUp() {
        move(-1);
    }

    /** Moves the selected item one place down. */
    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        ItemRow row = selectedItem.get();
        int at = items.indexOf(row);
        int to = at + by;
        if (at < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(at);
        items.add(to, row);
        selectedItem.set(row);
    }

    /** Takes the selected item out of the report (stopping its building job, if any). */
    public void remove() {
        ItemRow row = selectedItem.get();
        if (row != null) {
            row.cancelBuilding();
            drop(row);
        }
    }

    /** A file name for the report in {@code format}, from its title ({@code Customer report.pdf}). */
    public String suggestedFileName(String extension) {
        return FileNames.of(title.get(), messages.get().get("reports.ws.fileName")) + "." + extension;
    }

    /** A file name for the selected table as CSV, from its title. */
    public String suggestedCsvName() {
        ItemRow row = selectedItem.get();
        return FileNames.of(row == null ? "" : row.titleProperty().get(), "table") + ".csv";
    }

    /**
     * Writes the report with its items in order to {@code file} in the background; the export can be cancelled
     * with {@link #cancelExport()}. Refused (with a notice) while an item is still being built or there is none.
     */
    public void export(ReportFormat format, Path file) {
        if (items.isEmpty()) {
            notice.set(Notice.error("reports.notice.empty"));
            return;
        }
        if (!ready.get()) {
            notice.set(Notice.error("reports.notice.stillBuilding"));
            return;
        }
        List<ReportItem> parts = items.stream().map(ItemRow::snapshot).toList();
        String reportTitle = title.get() == null || title.get().isBlank()
                ? messages.get().get("reports.ws.defaultTitle") : title.get().strip();
        String reportNotes = notes.get() == null ? "" : notes.get().strip();
        exporting.set(true);
        exportJob = jobs.job("job.reports.export", progress -> {
            Report report = ReportWorkflow.report(reportTitle, reportNotes, source.dataSet(), parts);
            output.export(report, format, file, progress);
            return file;
        }).nameArgs(format.name(), file.getFileName())
                .onSuccess(f -> {
                    exporting.set(false);
                    exported.set(f);
                    notice.set(Notice.info("reports.notice.exported", f));
                })
                .onFailure(error -> {
                    exporting.set(false);
                    notice.set(Notice.error("reports.notice.exportFailed", file.getFileName(),
                            ReportErrors.text(error, messages.get())));
                })
                .onCancelled(() -> {
                    exporting.set(false);
                    notice.set(Notice.info("reports.notice.exportCancelled"));
                })
                .start();
    }

    /** As {@link #export(ReportFormat, Path)}, the format named by its file extension ({@code pdf}, ...). */
    public void export(String extension, Path file) {
        export(ReportFormat.of(extension).orElseThrow(() -> new IllegalArgumentException(extension)), file);
    }

    /** Stops the export under way, if any. */
    public void cancelExport() {
        if (exportJob != null && exporting.get()) {
            exportJob.cancel();
        }
    }

    /** Writes the selected table item as CSV in the background. */
    public void exportCsv(Path file) {
        ItemRow row = selectedItem.get();
        if (row == null || !(row.itemProperty().get() instanceof ReportItem.Table)) {
            notice.set(Notice.error("reports.notice.notATable"));
            return;
        }
        ReportItem.Table table = (ReportItem.Table) row.snapshot();
        jobs.job("job.reports.csv", progress -> {
            output.exportCsv(table, file);
            return file;
        }).nameArgs(file.getFileName())
                .onSuccess(f -> {
                    exported.set(f);
                    notice.set(Notice.info("reports.notice.exported", f));
                })
                .onFailure(error -> notice.set(Notice.error("reports.notice.exportFailed", file.getFileName(),
                        ReportErrors.text(error, messages.get()))))
                .start();
    }

    /** Names and e-mail addresses as stored in the report (off by default: initials). */
    public BooleanProperty withNamesProperty() {
        return withNames;
    }

    public ObservableList<SavedRun> runs() {
        return runs;
    }

    public ReadOnlyBooleanProperty loadingRunsProperty() {
        return loadingRuns.getReadOnlyProperty();
    }

    /** The run whose items are listed for adding. */
    public ObjectProperty<SavedRun> selectedRunProperty() {
        return selectedRun;
    }

    /** What the selected run can give. */
    public ObservableList<ItemChoice> choices() {
        return choices;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The report's items, in order. */
    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObjectProperty<ItemRow> selectedItemProperty() {
        return selectedItem;
    }

    /** True when a run is chosen and it gives items (its defaults can be added). */
    public BooleanBinding canAddDefaultsProperty() {
        return canAddDefaults;
    }

    /** True when the selected item is a table (it can be written as CSV). */
    public BooleanBinding tableSelectedProperty() {
        return tableSelected;
    }

    /** True when the report has items and all of them are built. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The file written last. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Clears the notice (e.g. when the analyst starts something new). */
    void clearNotice() {
        notice.set(null);
    }
}
