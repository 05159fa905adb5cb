package org.crmworkbench.ui.assistant;

import java.util.Objects;
import java.util.function.Function;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.present.assistant.AssistantCharts;
import org.jfree.chart.JFreeChart;

/**
 * What the Evaluation tab draws, from the shown evaluation as a run would store it: the trade-off with the slider's
 * threshold marked, and the intents' precision and recall. The charts are made new for each
 * view that asks (so the long-lived view model holds no chart a viewer listens to), in the language of the view.
 */
public final class AssistantDrawing {
    /** The charts of a run ({@link AssistantCharts} in the application). */
    interface Charts {
        JFreeChart tradeOff(AssistantRunRecord run, double threshold);

        JFreeChart intents(AssistantRunRecord run);
    }

    private final AssistantRunRecord run;
    private final Messages messages;
    private final Function<Messages, Charts> charts;

    AssistantDrawing(AssistantRunRecord run, Messages messages, Function<Messages, Charts> charts) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /** The same evaluation in another language. */
    AssistantDrawing in(Messages other) {
        return new AssistantDrawing(run, other, charts);
    }

    /** The evaluation as a run would store it (what Save run stores). */
    public AssistantRunRecord run() {
        return run;
    }

    /** The trade-off as the threshold moves, the run's threshold marked. */
    public JFreeChart tradeOff() {
        return run.curve().isEmpty() ? null : charts.apply(messages).tradeOff(run, run.threshold());
    }

    public JFreeChart intents() {
        return run.intentScores().isEmpty() ? null : charts.apply(messages).intents(run);
    }
}
