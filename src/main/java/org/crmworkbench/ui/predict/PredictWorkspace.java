package org.crmworkbench.ui.predict;

import java.util.Objects;
import javafx.scene.Node;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.common.PinnedView;
import org.crmworkbench.ui.common.ViewSlot;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Predict workspace: from the customer history split at a cutoff, fit a regression of next-window spend (the
 * Spend tab) or a churn classifier (the Churn tab), see how well it does on held-out customers, and save or export
 * the predictions for today's customers.
 */
public final class PredictWorkspace implements Workspace {
    public static final String ID = "predict";

    private final PredictViewModel model;
    private final ViewSlot slot = new ViewSlot();
    private Messages messages = Messages.english();

    public PredictWorkspace(DataSession session, JobRunner jobs) {
        Objects.requireNonNull(session, "session");
        this.model = new PredictViewModel(session, jobs, () -> messages);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "workspace.predict.title";
    }

    @Override
    public void releaseView() {
        slot.release();
    }

    @Override
    public Node view(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
        return slot.load(FxmlView.PREDICT_WORKSPACE, scope -> new PredictWorkspaceController(model, current, scope,
                PinnedView.load(FxmlView.PREDICT_SPEND, new SpendPaneController(model.regression(), current, scope),
                        current),
                PinnedView.load(FxmlView.PREDICT_CHURN, new ChurnPaneController(model.churn(), current, scope),
                        current)), current);
    }

    public PredictViewModel viewModel() {
        return model;
    }
}
