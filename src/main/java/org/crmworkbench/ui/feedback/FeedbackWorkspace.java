package org.crmworkbench.ui.feedback;

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
 * The Feedback workspace: the stored feedback (or a CSV/XLSX file with a picked text column) scored for sentiment in
 * English and Chinese and summarised: sentiment over time with volumes, breakdowns, keywords, topics and aspects,
 * every text with the words that drove its score, the negative feedback to read first and what changed; filtered
 * by language, channel, product and period without scoring again; saved as a feedback run.
 */
public final class FeedbackWorkspace extends FxmlWorkspace {
    public static final String ID = "feedback";
    /** How long the settings and filters must rest before the texts are summarised again. */
    public static final Duration SETTLE = Duration.millis(300);

    private final FeedbackViewModel model;

    public FeedbackWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    public FeedbackWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        super(ID, FxmlView.FEEDBACK_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new FeedbackViewModel(session, jobs, debounce, this::messages);
    }

    /** For tests: reading, scoring, summarising and drawing by {@code steps} instead of the workflow. */
    FeedbackWorkspace(DataSession session, JobRunner jobs, Debounce debounce, FeedbackSteps steps) {
        super(ID, FxmlView.FEEDBACK_WORKSPACE);
        this.model = new FeedbackViewModel(session, jobs, debounce, this::messages, steps);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        return new FeedbackWorkspaceController(model, current, scope);
    }

    public FeedbackViewModel viewModel() {
        return model;
    }
}
