package org.crmworkbench.ui.recommend;

import java.util.Objects;
import javafx.scene.Node;
import javafx.util.Duration;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.common.ViewSlot;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Recommend workspace: fit a recommendation method, look up a customer's history and explained top-N list or
 * the products like a given one, compare methods on held-out ratings and tune the neighbour count with a slider;
 * write every customer's recommendations to the database or a CSV file.
 */
public final class RecommendWorkspace implements Workspace {
    public static final String ID = "recommend";
    /** How long settings must rest before a new fit or evaluation starts (a slider drag fires many changes). */
    public static final Duration SETTLE = Duration.millis(80);

    private final RecommendViewModel model;
    private final ViewSlot slot = new ViewSlot();
    private Messages messages = Messages.english();

    public RecommendWorkspace(DataSession session, JobRunner jobs, RecommenderBench bench) {
        this(session, jobs, bench, new FxDebounce(SETTLE), new FxDebounce(SETTLE));
    }

    public RecommendWorkspace(DataSession session, JobRunner jobs, RecommenderBench bench, Debounce fitDebounce,
                              Debounce curveDebounce) {
        Objects.requireNonNull(session, "session");
        this.model = new RecommendViewModel(session, jobs, bench, fitDebounce, curveDebounce, () -> messages);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "workspace.recommend.title";
    }

    @Override
    public void releaseView() {
        slot.release();
    }

    @Override
    public Node view(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
        return slot.load(FxmlView.RECOMMEND_WORKSPACE, scope -> new RecommendWorkspaceController(model, current, scope),
                current);
    }

    public RecommendViewModel viewModel() {
        return model;
    }
}
