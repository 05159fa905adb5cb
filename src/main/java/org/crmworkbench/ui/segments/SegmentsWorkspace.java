package org.crmworkbench.ui.segments;

import java.util.Objects;
import javafx.scene.Node;
import javafx.util.Duration;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.FxmlView;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.FxDebounce;
import org.crmworkbench.ui.common.ViewSlot;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Segments workspace: pick features and a method, move the k slider and watch the segments, their profiles,
 * the outliers and the k-choice metrics update; save a run and export members and charts.
 */
public final class SegmentsWorkspace implements Workspace {
    public static final String ID = "segments";
    /** How long settings must rest before a new run starts (a slider drag fires many changes). */
    public static final Duration SETTLE = Duration.millis(60);

    private final SegmentsViewModel model;
    private final ViewSlot slot = new ViewSlot();
    private Messages messages = Messages.english();

    public SegmentsWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    public SegmentsWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        Objects.requireNonNull(session, "session");
        this.model = new SegmentsViewModel(session, jobs, debounce, () -> messages);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "workspace.segments.title";
    }

    @Override
    public void releaseView() {
        slot.release();
    }

    @Override
    public Node view(Messages current) {
        this.messages = Objects.requireNonNull(current, "messages");
        return slot.load(FxmlView.SEGMENTS_WORKSPACE, scope -> new SegmentsWorkspaceController(model, current, scope),
                current);
    }

    public SegmentsViewModel viewModel() {
        return model;
    }
}
