package org.crmworkbench.ui.recommend;

import java.util.Objects;
import javafx.util.Duration;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Recommend workspace: fit a recommendation method, look up a customer's history and explained top-N list or
 * the products like a given one, compare methods on held-out ratings and tune the neighbour count with a slider;
 * write every customer's recommendations to the database or a CSV file.
 */
public final class RecommendWorkspace extends FxmlWorkspace {
    public static final String ID = "recommend";
    /** How long settings must rest before a new fit or evaluation starts (a slider drag fires many changes). */
    public static final Duration SETTLE = Duration.millis(80);

    private final RecommendViewModel model;

    public RecommendWorkspace(DataSession session, JobRunner jobs, RecommenderBench bench) {
        this(session, jobs, bench, new FxDebounce(SETTLE), new FxDebounce(SETTLE));
    }

    public RecommendWorkspace(DataSession session, JobRunner jobs, RecommenderBench bench, Debounce fitDebounce,
                              Debounce curveDebounce) {
        super(ID, FxmlView.RECOMMEND_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new RecommendViewModel(session, jobs, bench, fitDebounce, curveDebounce, this::messages);
    }

    /**
     * The workspace over the window's {@code engines}: matrix factorisation, in a fit and in the evaluation's
     * comparison, runs on the engine its settings choose (every other method on this machine).
     */
    public RecommendWorkspace(DataSession session, JobRunner jobs, FitEngineSession engines) {
        this(session, jobs, new EngineOption(engines));
    }

    private RecommendWorkspace(DataSession session, JobRunner jobs, EngineOption engine) {
        super(ID, FxmlView.RECOMMEND_WORKSPACE);
        Objects.requireNonNull(session, "session");
        RecommenderBench bench = new EvaluationBench(Runtime.getRuntime().availableProcessors(),
                engine.engine()::recommender);
        this.model = new RecommendViewModel(session, jobs, bench, new FxDebounce(SETTLE), new FxDebounce(SETTLE),
                this::messages, engine);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        return new RecommendWorkspaceController(model, current, scope);
    }

    public RecommendViewModel viewModel() {
        return model;
    }
}
