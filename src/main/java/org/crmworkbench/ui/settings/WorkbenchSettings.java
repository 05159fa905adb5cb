package org.crmworkbench.ui.settings;

import java.util.Objects;
import java.util.Optional;

/** What the workbench remembers between runs. */
public record WorkbenchSettings(Language language, Optional<WindowBounds> window) {

    public WorkbenchSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
    }

    public static WorkbenchSettings defaults(Language language) {
        return new WorkbenchSettings(language, Optional.empty());
    }

    public WorkbenchSettings withLanguage(Language newLanguage) {
        return new WorkbenchSettings(newLanguage, window);
    }

    public WorkbenchSettings withWindow(WindowBounds bounds) {
        return new WorkbenchSettings(language, Optional.of(bounds));
    }
}
