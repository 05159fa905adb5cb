package org.crmworkbench.ui.assistant;

/** Whether the assistant's threshold is chosen on held-out examples or fixed by the analyst. */
public enum ThresholdMode {
    CHOSEN,
    FIXED;

    /** Resource-bundle key of the mode's name. */
    public String messageKey() {
        return this == CHOSEN ? "assistant.ws.mode.chosen" : "assistant.ws.mode.fixed";
    }
}
