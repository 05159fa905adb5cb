package org.crmworkbench.analysis.text;

import org.crmworkbench.work.BadParameterException;

/** The periods of the sentiment timeline. */
public enum FeedbackPeriod {
    WEEK("week"), MONTH("month"), QUARTER("quarter");

    private final String cliName;

    FeedbackPeriod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static FeedbackPeriod parse(String name) {
        for (FeedbackPeriod period : values()) {
            if (period.cliName.equalsIgnoreCase(name)) {
                return period;
            }
        }
        throw new BadParameterException("period", "feedback.param.period",
                "expected week, month or quarter, found " + name, name);
    }
}
