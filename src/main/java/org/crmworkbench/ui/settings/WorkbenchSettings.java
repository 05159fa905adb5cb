package org.crmworkbench.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.DatabaseAddress;

/** What the workbench remembers between runs: the language, the window's place and the databases opened last. */
public record WorkbenchSettings(Language language, Optional<WindowBounds> window, List<DatabaseAddress> recentDatabases) {

    public WorkbenchSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
        recentDatabases = List.copyOf(recentDatabases);
    }

    public WorkbenchSettings(Language language, Optional<WindowBounds> window) {
        this(language, window, List.of());
    }

    public static WorkbenchSettings defaults(Language language) {
        return new WorkbenchSettings(language, Optional.empty());
    }

    public WorkbenchSettings withLanguage(Language newLanguage) {
        return new WorkbenchSettings(newLanguage, window, recentDatabases);
    }

    public WorkbenchSettings withWindow(WindowBounds bounds) {
        return new WorkbenchSettings(language, Optional.of(bounds), recentDatabases);
    }

    /** The databases opened last, newest first (team databases by their URL, which never holds a password). */
    public WorkbenchSettings withRecentDatabases(List<DatabaseAddress> databases) {
        return new WorkbenchSettings(language, window, databases);
    }
}
