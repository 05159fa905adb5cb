package org.crmworkbench.ui.forecast;

import java.util.Objects;
import javafx.scene.Node;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.common.ViewSlot;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Forecast workspace: pick a sales series from the orders (or a file), a model and horizon, and see the
 * forecast with its 80% and 95% bands, the backtest comparison of the models, the fitted parameters and the forecast
 * table; save the forecast as a run and export it as CSV and its charts as PNG, SVG or PDF.
 */
public final class ForecastWorkspace implements Workspace {
    public static final String ID = "forecast";

    private final ForecastViewModel model;
    private final ViewSlot slot = new ViewSlot();
    private Messages messages = Messages.english();

    public ForecastWorkspace(DataSession session, JobRunner jobs) {
        Objects.requireNonNull(session, "session");
        this.model = new ForecastViewModel(session, jobs, () -> messages);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "workspace.forecast.title";
    }

    @Override
    public void releaseView() {
        slot.release();
    }

    @Override
    public Node view(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
        model.relabel();
        return slot.load(FxmlView.FORECAST_WORKSPACE, scope -> new ForecastWorkspaceController(model, current, scope),
                current);
    }

    public ForecastViewModel viewModel() {
        return model;
    }
}
