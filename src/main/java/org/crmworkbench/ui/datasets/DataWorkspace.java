package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.common.PinnedView;
import java.util.Objects;
import javafx.util.Duration;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Data workspace: the CRM tables with their row counts, a browser that pages through any table (a million
 * rows scroll smoothly: only the pages on screen are read), filtered and sorted in the database, and the import
 * wizard. Build it on the FX thread with the window's {@link DataSession} and {@link JobRunner}:
 *
 * <pre>{@code
 * DataSession session = new DataSession();
 * Workspace data = new DataWorkspace(session, services.jobs());
 * // later, when the background job that opens the database succeeds:
 * session.opened(database);
 * }</pre>
 *
 * Sorting and filtering run as jobs (they read the whole table once and show in the jobs panel with Cancel);
 * pages of rows are read on the workspace's own {@link BrowseQueue}.
 */
public final class DataWorkspace extends FxmlWorkspace {
    public static final String ID = "data";
    /** How long the filter waits after the last keystroke. */
    public static final Duration FILTER_PAUSE = Duration.millis(300);

    private final DataViewModel model;

    /** The workspace over {@code session}, reading pages on a thread of its own. */
    public DataWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, BrowseQueue.forJavaFx());
    }

    /** The workspace over {@code session}, reading pages on {@code queue}. */
    public DataWorkspace(DataSession session, JobRunner jobs, BrowseQueue queue) {
        super(ID, FxmlView.DATA_WORKSPACE);
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(jobs, "jobs");
        this.model = new DataViewModel(session, jobs, queue, new FxDebounce(FILTER_PAUSE), this::messages);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        return new DataWorkspaceController(model, current, scope,
                () -> PinnedView.load(FxmlView.IMPORT_WIZARD, new ImportWizardController(model.wizard(), current,
                        scope), current));
    }

    /** The workspace's state, which outlives its views. */
    public DataViewModel viewModel() {
        return model;
    }
}
