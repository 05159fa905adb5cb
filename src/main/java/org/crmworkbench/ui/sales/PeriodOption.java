package org.crmworkbench.ui.sales;

import org.crmworkbench.analysis.sales.RepPeriod;

/** The scorecard period choices of the Sales team form, each with its label key and the analysis's period. */
public enum PeriodOption {
    MONTH(RepPeriod.MONTH), QUARTER(RepPeriod.QUARTER), YEAR(RepPeriod.YEAR);

    private final RepPeriod period;

    PeriodOption(RepPeriod period) {
        this.period = period;
    }

    RepPeriod period() {
        return period;
    }

    static PeriodOption of(RepPeriod period) {
        return valueOf(period.name());
    }

    /** The command-line name, which the label keys end with. */
    public String cliName() {
        return period.cliName();
    }
}
