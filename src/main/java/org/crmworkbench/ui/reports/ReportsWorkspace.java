package org.crmworkbench.ui.reports;

import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.common.SaveDialog;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Reports workspace: the report builder. Pick charts and tables from any saved run (segments, forecasts,
 * predictions, recommendations), order them, give the report a title and notes and each item a title and note,
 * preview them, and export the whole report as PDF, HTML or XLSX, or one table as CSV. The run list is read again
 * whenever the workspace is shown, since runs are saved in the other workspaces; when another database is opened
 * the report's items, built from the old one, are dropped.
 */
public final class ReportsWorkspace extends FxmlWorkspace {
    public static final String ID = "reports";

    private final ReportBuilderViewModel model;
    private SaveTarget saveTarget = SaveDialog::ask;

    /** The window's builder: the report catalogue over the session's database and the report exporter. */
    public ReportsWorkspace(DataSession session, JobRunner jobs) {
        super(ID, FxmlView.REPORTS_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new ReportBuilderViewModel(new CatalogueSource(session, this::messages),
                new ExporterOutput(this::messages), jobs, this::messages);
        session.databaseProperty().addListener((o, a, b) -> model.databaseChanged());
        session.dataVersionProperty().addListener((o, a, b) -> model.refresh());
    }

    /** A builder over another source and output (tests). */
    public ReportsWorkspace(ReportSource source, ReportOutput output, JobRunner jobs) {
        super(ID, FxmlView.REPORTS_WORKSPACE);
        this.model = new ReportBuilderViewModel(source, output, jobs, this::messages);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new ReportsWorkspaceController(model, current, (owner, name, format, ext) ->
                saveTarget.ask(owner, name, format, ext), scope);
    }

    /** Where export files go instead of asking with a file chooser (tests). */
    public void saveTo(SaveTarget target) {
        this.saveTarget = Objects.requireNonNull(target, "target");
    }

    public ReportBuilderViewModel viewModel() {
        return model;
    }
}
