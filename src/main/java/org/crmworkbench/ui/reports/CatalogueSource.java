package org.crmworkbench.ui.reports;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportCatalogue;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.work.Progress;

/**
 * The window's {@link ReportSource}: a {@link ReportCatalogue} over the session's database as it stands, in the
 * current language. Before the database is open there are no runs.
 */
final class CatalogueSource implements ReportSource {
    private final DataSession session;
    private final Supplier<Messages> messages;

    CatalogueSource(DataSession session, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    private ReportCatalogue catalogue() {
        Database db = session.database();
        if (db == null) {
            throw new IllegalStateException(messages.get().get("reports.error.noDatabase"));
        }
        return new ReportCatalogue(db, messages.get());
    }

    @Override
    public List<SavedRun> runs() {
        return session.database() == null ? List.of() : catalogue().runs();
    }

    @Override
    public List<ItemChoice> items(long runId) {
        return catalogue().items(runId);
    }

    @Override
    public List<ItemChoice> defaultItems(long runId) {
        return catalogue().defaultItems(runId);
    }

    @Override
    public ReportItem build(long runId, String key, Progress progress) {
        return catalogue().build(runId, key, progress);
    }

    @Override
    public String dataSet() {
        return catalogue().dataSet();
    }
}
