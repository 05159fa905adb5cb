package org.crmworkbench.ui.segments;

import java.util.Objects;
import javafx.util.Duration;
import org.crmworkbench.analysis.engine.FitEngines;
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
 * The Segments workspace: pick features and a method, move the k slider and watch the segments, their profiles,
 * the outliers and the k-choice metrics update; save a run and export members and charts.
 */
public final class SegmentsWorkspace extends FxmlWorkspace {
    public static final String ID = "segments";
    /** How long settings must rest before a new run starts (a slider drag fires many changes). */
    public static final Duration SETTLE = Duration.millis(60);

    private final SegmentsViewModel model;

    public SegmentsWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    /** The workspace over the window's {@code engines}: k-means runs on the engine its settings choose. */
    public SegmentsWorkspace(DataSession session, JobRunner jobs, FitEngineSession engines) {
        this(session, jobs, new FxDebounce(SETTLE), engines);
    }

    public SegmentsWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        this(session, jobs, debounce, new FitEngineSession(new FitEngines()));
    }

    public SegmentsWorkspace(DataSession session, JobRunner jobs, Debounce debounce, FitEngineSession engines) {
        super(ID, FxmlView.SEGMENTS_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new SegmentsViewModel(session, jobs, debounce, this::messages, new EngineOption(engines));
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        return new SegmentsWorkspaceController(model, current, scope);
    }

    public SegmentsViewModel viewModel() {
        return model;
    }
}
