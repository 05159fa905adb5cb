package org.crmworkbench.ui.sales;

import java.util.Objects;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.sales.RepsCharts;
import org.crmworkbench.present.sales.RepsWords;
import org.jfree.chart.JFreeChart;

/**
 * What the Sales team view draws, by {@link RepsCharts} from the analysis as a run would store it: the caterpillar
 * plot, raw rank against adjusted rank, and a rep's revenue trend with its forecast. The charts are made new for each
 * view that asks (so the long-lived view model holds no chart a viewer listens to), in the language of the view.
 */
public final class SalesDrawing {
    private final RepsRunRecord run;
    private final Messages messages;

    SalesDrawing(RepsRunRecord run, Messages messages) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The same analysis in another language. */
    SalesDrawing in(Messages other) {
        return new SalesDrawing(run, other);
    }

    /** The analysis as a run would store it. */
    RepsRunRecord run() {
        return run;
    }

    /** Each rep's effect and 95% interval, best at the top. */
    public JFreeChart caterpillar() {
        return new RepsCharts(messages).caterpillar(run);
    }

    /** Raw rank against adjusted rank. */
    public JFreeChart ranks() {
        return new RepsCharts(messages).ranks(run);
    }

    /** The caterpillar plot as it leaves the window: reps' names as initials. */
    public JFreeChart caterpillarMasked() {
        return new RepsCharts(messages, PersonalDataPolicy.masked()).caterpillar(run);
    }

    /** Raw rank against adjusted rank as it leaves the window: reps' names as initials. */
    public JFreeChart ranksMasked() {
        return new RepsCharts(messages, PersonalDataPolicy.masked()).ranks(run);
    }

    /** A rep's trend as it leaves the window: the rep's name as initials. */
    public JFreeChart trendMasked(RepTrend trend, RepRow rep) {
        PersonalDataPolicy masked = PersonalDataPolicy.masked();
        return trend == null ? null : new RepsCharts(messages, masked).trend(trend,
                new RepsWords(messages, masked).rep(rep.repId(), rep.name()));
    }

    /** A rep's monthly revenue with forecast and band; null without a trend. */
    public JFreeChart trend(RepTrend trend, RepRow rep) {
        return trend == null ? null
                : new RepsCharts(messages).trend(trend, new RepsWords(messages).rep(rep.repId(), rep.name()));
    }
}
