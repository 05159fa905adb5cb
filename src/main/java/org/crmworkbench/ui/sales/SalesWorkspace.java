package org.crmworkbench.ui.sales;

import java.util.Objects;
import javafx.util.Duration;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Sales team workspace: the stored orders with reps (or an order file, and a quota file) compared fairly: the
 * league table of raw and adjusted ranks with the rank shifts, the caterpillar plot and the rank chart, a rep's card
 * (scorecards, trend and forecast, customers), two reps side by side; save the comparison as a run.
 */
public final class SalesWorkspace extends FxmlWorkspace {
    public static final String ID = "sales";
    /** How long the settings must rest before the orders are analysed again. */
    public static final Duration SETTLE = Duration.millis(300);

    private final SalesViewModel model;

    public SalesWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    public SalesWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        super(ID, FxmlView.SALES_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new SalesViewModel(session, jobs, debounce, this::messages);
    }

    /** For tests: the analysis run by {@code analysis} instead of the workflow. */
    SalesWorkspace(DataSession session, JobRunner jobs, Debounce debounce, SalesViewModel.Analysis analysis) {
        super(ID, FxmlView.SALES_WORKSPACE);
        this.model = new SalesViewModel(session, jobs, debounce, this::messages, analysis);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new SalesWorkspaceController(model, current, scope);
    }

    public SalesViewModel viewModel() {
        return model;
    }
}
