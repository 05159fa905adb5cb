package org.crmworkbench.ui.reports;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportCatalogue;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.ReportWorkflow;

/**
 * The window's {@link ReportSource}: the {@link ReportWorkflow} over a {@link ReportCatalogue} of the session's
 * database as it stands, in the current language. One catalogue serves every call (from any job thread) so its
 * caches hit, e.g. a segment run described once for all its items; it is made again when the database, its data
 * version or the language changes.
 * Before the database is open there are no runs.
 */
final class CatalogueSource implements ReportSource {
    private final DataSession session;
    private final Supplier<Messages> messages;
    private ReportCatalogue catalogue;
    /** The catalogue whose items show people as stored, made when first asked for (the other one masks them). */
    private ReportCatalogue namedCatalogue;
    private Database catalogueDatabase;
    private long catalogueVersion;
    private Messages catalogueMessages;
    private ReportWorkflow workflow;
    private ReportCatalogue workflowCatalogue;

    CatalogueSource(DataSession session, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The catalogue over the database, data version and language as they are now (made again when one changed). */
    synchronized ReportCatalogue catalogue() {
        Database db = session.database();
        Messages words = messages.get();
        if (db == null) {
            throw new IllegalStateException(words.get("reports.error.noDatabase"));
        }
        long version = session.dataVersionProperty().get();
        if (catalogue == null || db != catalogueDatabase || version != catalogueVersion
                || words != catalogueMessages) {
            catalogue = new ReportCatalogue(db, words);
            namedCatalogue = null;
            catalogueDatabase = db;
            catalogueVersion = version;
            catalogueMessages = words;
        }
        return catalogue;
    }

    /**
     * The catalogue showing people as {@code people} says: the masked {@link #catalogue()}, or one with names made
     * beside it for the same database, version and language (the window offers no pseudonyms).
     */
    synchronized ReportCatalogue catalogue(PersonalDataPolicy people) {
        ReportCatalogue masked = catalogue();
        if (people.mode() == PersonalDataPolicy.Mode.MASKED) {
            return masked;
        }
        if (people.mode() != PersonalDataPolicy.Mode.WITH_NAMES) {
            throw new IllegalArgumentException("the window makes no pseudonymized reports");
        }
        if (namedCatalogue == null) {
            namedCatalogue = new ReportCatalogue(catalogueDatabase, catalogueMessages, people);
        }
        return namedCatalogue;
    }

    /** The report workflow over {@link #catalogue()}. */
    private synchronized ReportWorkflow workflow() {
        ReportCatalogue current = catalogue();
        if (workflow == null || current != workflowCatalogue) {
            workflow = new ReportWorkflow(current, catalogueMessages);
            workflowCatalogue = current;
        }
        return workflow;
    }

    @Override
    public List<SavedRun> runs() {
        return session.database() == null ? List.of() : workflow().runs();
    }

    @Override
    public List<ItemChoice> items(long runId) {
        return workflow().items(runId);
    }

    @Override
    public List<ItemChoice> defaultItems(long runId) {
        return workflow().defaultItems(runId);
    }

    @Override
    public ReportItem build(long runId, String key, PersonalDataPolicy people, Progress progress) {
        return catalogue(people).build(runId, key, progress);
    }

    @Override
    public String dataSet() {
        return workflow().dataSet();
    }
}
