package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportCatalogue;
import org.crmworkbench.present.report.ReportExporter;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Building a report from saved runs, for {@code workbench report} (and {@code workbench chart}) and the Reports
 * workspace: the runs are found by id or as the newest of a kind ({@link ReportCatalogue} over the run catalogue),
 * each run's picked or default charts and tables are built with their provenance, the report is stamped with
 * {@link AppVersion#current()} and the data set, and written as PDF, HTML or XLSX (or one table as CSV) through the
 * report writers, with progress and cancellation.
 */
public final class ReportWorkflow {
    private final ReportCatalogue catalogue;
    private final Messages messages;

    /**
     * A workflow over the runs saved in {@code database}, writing the reports' fixed words in {@code messages};
     * people (customers, reps) masked.
     */
    public ReportWorkflow(Database database, Messages messages) {
        this(database, messages, PersonalDataPolicy.masked());
    }

    /** As above, people shown as {@code people} says (masked, with names or pseudonymized). */
    public ReportWorkflow(Database database, Messages messages, PersonalDataPolicy people) {
        this(new ReportCatalogue(Objects.requireNonNull(database, "database"), messages, people), messages);
    }

    /** A workflow over a catalogue already made (the window keeps one while the database stays the same). */
    public ReportWorkflow(ReportCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** A workflow that only writes reports already built. */
    public ReportWorkflow(Messages messages) {
        this((ReportCatalogue) null, messages);
    }

    /** Every saved run, newest first. */
    public List<SavedRun> runs() {
        return catalogue().runs();
    }

    /** The charts and tables run {@code runId} can give (a {@link BadParameterException} when there is none). */
    public List<ItemChoice> items(long runId) {
        return catalogue().items(runId);
    }

    /** The items a report takes from run {@code runId} when none are picked. */
    public List<ItemChoice> defaultItems(long runId) {
        return catalogue().defaultItems(runId);
    }

    /** Builds one item of a stored run, titled and with its provenance. */
    public ReportItem build(long runId, String key, Progress progress) {
        return catalogue().build(runId, key, progress);
    }

    /** The data set in words, for the report's provenance. */
    public String dataSet() {
        return catalogue().dataSet();
    }

    /**
     * The stored kind of run {@code runId}.
     *
     * @throws BadParameterException naming {@code runs} when there is no such run
     */
    public String kindOf(long runId) {
        catalogue().items(runId); // names the id when there is no such run
        return catalogue().runs().stream().filter(r -> r.id() == runId).map(SavedRun::kind).findFirst().orElse("");
    }

    /**
     * The newest run of a kind named as on the command line ({@link ReportCatalogue#CLI_KINDS}); empty when none
     * is saved.
     *
     * @throws BadParameterException naming {@code latest} when the kind is not one of them
     */
    public Optional<SavedRun> latest(String kindName) {
        String kind = kindName.trim().toLowerCase(Locale.ROOT);
        if (!ReportCatalogue.CLI_KINDS.contains(kind)) {
            throw new BadParameterException("latest", "cli.report.badKind", "unknown kind " + kindName
                    + "; expected " + String.join(", ", ReportCatalogue.CLI_KINDS), kindName,
                    String.join(", ", ReportCatalogue.CLI_KINDS));
        }
        return catalogue().latest(kind);
    }

    /**
     * The items of {@code runs} in order: for each run the keys {@code picked} names for it, or its default items.
     * An unknown item is reported against {@code items}.
     */
    public List<ReportItem> buildItems(Collection<Long> runs, Map<Long, List<String>> picked, Progress progress) {
        List<ReportItem> built = new ArrayList<>();
        for (long id : runs) {
            List<String> keys = picked.containsKey(id) ? picked.get(id)
                    : defaultItems(id).stream().map(ItemChoice::key).toList();
            for (String key : keys) {
                progress.stage("cli.report.stage.item", key, id);
                try {
                    built.add(build(id, key, progress));
                } catch (BadParameterException e) {
                    throw "chart".equals(e.parameter())
                            ? new BadParameterException("items", e.messageKey(), e.getMessage(), e.args()) : e;
                }
            }
        }
        return built;
    }

    /** The report of {@code items}, made now, stamped with this version and the catalogue's data set. */
    public Report report(String title, String notes, List<ReportItem> items) {
        return report(title, notes, dataSet(), items);
    }

    /** The report of {@code items}, made now, stamped with this version and {@code dataSet}. */
    public static Report report(String title, String notes, String dataSet, List<ReportItem> items) {
        return new Report(title, notes, Instant.now(), AppVersion.current(), dataSet, items);
    }

    /** Writes {@code report} to {@code file} in {@code format}; a cancelled export leaves the file as it was. */
    public void export(Report report, ReportFormat format, Path file, Progress progress) throws IOException {
        new ReportExporter(messages).export(report, format, file, progress);
    }

    /** Writes one table as CSV. */
    public void exportCsv(ReportItem.Table table, Path file) throws IOException {
        new ReportExporter(messages).exportCsv(table, file);
    }

    private ReportCatalogue catalogue() {
        if (catalogue == null) {
            throw new IllegalStateException("this report workflow only writes reports");
        }
        return catalogue;
    }
}
