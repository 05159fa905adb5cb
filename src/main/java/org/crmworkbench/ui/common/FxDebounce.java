package org.crmworkbench.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread's clock; call it on the FX thread. */
public final class FxDebounce implements Debounce {
    private final Duration quiet;
    private PauseTransition pause;

    public FxDebounce(Duration quiet) {
        this.quiet = quiet;
    }

    @Override
    public void restart(Runnable action) {
        if (pause == null) {
            pause = new PauseTransition(quiet);
        }
        pause.stop();
        pause.setOnFinished(event -> action.run());
        pause.playFromStart();
    }
}
