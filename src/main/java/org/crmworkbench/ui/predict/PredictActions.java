package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.util.function.Consumer;

/** What the tabs ask of the window: a place to save a CSV file. */
@FunctionalInterface
interface PredictActions {
    /** Asks where to save {@code suggestedName} and hands the chosen path to {@code save}. */
    void askCsv(String suggestedName, Consumer<Path> save);
}
