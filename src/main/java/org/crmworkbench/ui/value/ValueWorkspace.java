package org.crmworkbench.ui.value;

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
 * The Value workspace: RFM scores and segments, the BG/NBD or Pareto/NBD fit with the Gamma-Gamma spend model, the
 * frequency x recency maps, the holdout and tracking checks, customer lifetime value and lifecycle stages with their
 * migration, over the stored orders or a transaction file; save the analysis as a run.
 */
public final class ValueWorkspace extends FxmlWorkspace {
    public static final String ID = "value";
    /** How long the horizon, discount rate and margin must rest before the customers are valued again. */
    public static final Duration SETTLE = Duration.millis(250);

    private final ValueViewModel model;

    public ValueWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    public ValueWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        super(ID, FxmlView.VALUE_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new ValueViewModel(session, jobs, debounce, this::messages);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new ValueWorkspaceController(model, current, scope);
    }

    public ValueViewModel viewModel() {
        return model;
    }
}
