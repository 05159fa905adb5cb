package org.crmworkbench.ui.assistant;

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
 * The Assistant workspace: the stored knowledge base of questions, intents and answers (edited row by row or
 * imported), a chat pane that answers from it with the matched intent, its confidence and the runners-up and hands
 * unsure questions over to a colleague (they are logged to be added later), and the evaluation with the threshold
 * slider's trade-off between answered, handed over and wrong; saved as an assistant run.
 */
public final class AssistantWorkspace extends FxmlWorkspace {
    public static final String ID = "assistant";
    /** How long the settings must rest before the assistant is trained again. */
    public static final Duration SETTLE = Duration.millis(400);

    private final AssistantViewModel model;

    public AssistantWorkspace(DataSession session, JobRunner jobs) {
        this(session, jobs, new FxDebounce(SETTLE));
    }

    public AssistantWorkspace(DataSession session, JobRunner jobs, Debounce debounce) {
        super(ID, FxmlView.ASSISTANT_WORKSPACE);
        Objects.requireNonNull(session, "session");
        this.model = new AssistantViewModel(session, jobs, debounce, this::messages);
    }

    /** For tests: the knowledge base, training, answers and charts by {@code steps} instead of the workflow. */
    AssistantWorkspace(DataSession session, JobRunner jobs, Debounce debounce, AssistantSteps steps) {
        super(ID, FxmlView.ASSISTANT_WORKSPACE);
        this.model = new AssistantViewModel(session, jobs, debounce, this::messages, steps);
    }

    @Override
    protected Object controller(Messages current, ViewScope scope) {
        model.relabel();
        model.shown();
        return new AssistantWorkspaceController(model, current, scope);
    }

    public AssistantViewModel viewModel() {
        return model;
    }
}
