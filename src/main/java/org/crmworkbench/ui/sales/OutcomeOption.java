package org.crmworkbench.ui.sales;

import org.crmworkbench.analysis.sales.RepOutcome;

/** The outcome choices of the Sales team form, each with its label key and the analysis's outcome. */
public enum OutcomeOption {
    ORDER_VALUE(RepOutcome.ORDER_VALUE), ORDERS(RepOutcome.ORDERS), RETENTION(RepOutcome.RETENTION);

    private final RepOutcome outcome;

    OutcomeOption(RepOutcome outcome) {
        this.outcome = outcome;
    }

    RepOutcome outcome() {
        return outcome;
    }

    static OutcomeOption of(RepOutcome outcome) {
        for (OutcomeOption o : values()) {
            if (o.outcome == outcome) {
                return o;
            }
        }
        throw new IllegalArgumentException(String.valueOf(outcome));
    }

    /** The command-line name, which the label keys end with. */
    public String cliName() {
        return outcome.cliName();
    }
}
