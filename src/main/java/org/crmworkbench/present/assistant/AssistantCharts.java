package org.crmworkbench.present.assistant;

import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.jfree.chart.JFreeChart;

/**
 * The Assistant's charts, drawn from a run record so that the window, {@code workbench assistant --evaluate} and the
 * reports show the same pictures: the trade-off as the threshold moves (answered correctly, handed over, answered
 * wrongly, with the threshold in force marked), the intents' precision and recall, and the most confused intent pairs.
 */
public final class AssistantCharts {
    private final Messages messages;

    public AssistantCharts(Messages messages) {
        this.messages = messages;
    }

    /** Every chart of {@code run} by file base name ({@code tradeoff}, {@code intents}, {@code confusion}). */
    public Map<String, JFreeChart> charts(AssistantRunRecord run) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }

    /** Answered correctly / handed over / answered wrongly (shares of the questions) against the threshold. */
    public JFreeChart tradeOff(AssistantRunRecord run, double markedThreshold) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }

    /** Each intent's precision and recall (worst F1 first, at most 25 intents). */
    public JFreeChart intents(AssistantRunRecord run) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }

    /** The confusion pairs that fail most (expected -> answered, at most 15). */
    public JFreeChart confusion(AssistantRunRecord run) {
        throw new UnsupportedOperationException("contract stub: helper D");
    }
}
