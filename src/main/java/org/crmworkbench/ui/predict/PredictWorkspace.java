package org.crmworkbench.ui.predict;

import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.common.PinnedView;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Predict workspace: from the customer history split at a cutoff, fit a regression of next-window spend (the
 * Spend tab) or a churn classifier (the Churn tab), see how well it does on held-out customers, and save or export
 * the predictions for today's customers.
 */
public final class PredictWorkspace extends FxmlWorkspace {
    public static final String ID = "predict";

    private final PredictViewModel model;

    public PredictWorkspace(DataSession session, JobRunner jobs) {
        super(ID, FxmlView.PREDICT_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new PredictViewModel(session, jobs, this::messages);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        return new PredictWorkspaceController(model, current, scope,
                PinnedView.load(FxmlView.PREDICT_SPEND, new SpendPaneController(model.regression(), current, scope),
                        current),
                PinnedView.load(FxmlView.PREDICT_CHURN, new ChurnPaneController(model.churn(), current, scope),
                        current));
    }

    public PredictViewModel viewModel() {
        return model;
    }
}
