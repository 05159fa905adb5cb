package org.crmworkbench.ui.forecast;

import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Forecast workspace: pick a sales series from the orders (or a file), a model and horizon, and see the
 * forecast with its 80% and 95% bands, the backtest comparison of the models, the fitted parameters and the forecast
 * table; save the forecast as a run and export it as CSV and its charts as PNG, SVG or PDF.
 */
public final class ForecastWorkspace extends FxmlWorkspace {
    public static final String ID = "forecast";

    private final ForecastViewModel model;

    public ForecastWorkspace(DataSession session, JobRunner jobs) {
        super(ID, FxmlView.FORECAST_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new ForecastViewModel(session, jobs, this::messages);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new ForecastWorkspaceController(model, current, scope);
    }

    public ForecastViewModel viewModel() {
        return model;
    }
}
