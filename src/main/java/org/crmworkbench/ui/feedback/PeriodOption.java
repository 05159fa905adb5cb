package org.crmworkbench.ui.feedback;

import org.crmworkbench.analysis.text.FeedbackPeriod;

/** The timeline periods of the Feedback form, each with its label key and the analysis's period. */
public enum PeriodOption {
    WEEK(FeedbackPeriod.WEEK), MONTH(FeedbackPeriod.MONTH), QUARTER(FeedbackPeriod.QUARTER);

    private final FeedbackPeriod period;

    PeriodOption(FeedbackPeriod period) {
        this.period = period;
    }

    FeedbackPeriod period() {
        return period;
    }

    static PeriodOption of(FeedbackPeriod period) {
        return valueOf(period.name());
    }

    /** The command-line name, which the label keys end with. */
    public String cliName() {
        return period.cliName();
    }
}
