package org.crmworkbench.ui.basket;

import java.util.Objects;
import javafx.util.Duration;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.FxmlWorkspace;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.engine.EngineOption;
import org.crmworkbench.ui.engine.FitEngineSession;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Baskets workspace: frequent itemsets and association rules of the stored orders (per order or per customer)
 * or of a basket file; the rule table with its filters and the orders and customers a rule covers; item frequency,
 * support against confidence, the rule graph and the grouped matrix; save the rules as a run.
 */
public final class BasketWorkspace extends FxmlWorkspace {
    public static final String ID = "baskets";
    /** How long the support, confidence and lengths must rest before the baskets are mined again. */
    public static final Duration SETTLE = Duration.millis(300);

    private final BasketViewModel model;

    public BasketWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    /** The workspace over the window's {@code engines}: FP-growth runs on the engine its settings choose. */
    public BasketWorkspace(DataSession session, JobRunner jobs, FitEngineSession engines) {
        this(session, jobs, new FxDebounce(SETTLE), engines);
    }

    public BasketWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        this(session, jobs, debounce, new FitEngineSession(new FitEngines()));
    }

    public BasketWorkspace(DataSession session, JobRunner jobs, Debounce debounce, FitEngineSession engines) {
        super(ID, FxmlView.BASKET_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new BasketViewModel(session, jobs, debounce, this::messages, new EngineOption(engines));
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new BasketWorkspaceController(model, current, scope);
    }

    public BasketViewModel viewModel() {
        return model;
    }
}
