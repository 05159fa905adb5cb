package org.crmworkbench.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.data.DatabaseAddress;

/**
 * What the workbench remembers between runs: the language, the window's place, the databases opened last and where
 * the big fits go when a workspace chooses Apache Spark (its master and settings).
 */
public record WorkbenchSettings(Language language, Optional<WindowBounds> window, List<DatabaseAddress> recentDatabases,
                                EngineChoice spark) {

    public WorkbenchSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
        recentDatabases = List.copyOf(recentDatabases);
        spark = spark == null ? EngineChoice.spark(EngineChoice.DEFAULT_MASTER) : spark;
        if (spark.kind() != EngineKind.SPARK) {
            throw new IllegalArgumentException("not a Spark choice: " + spark);
        }
    }

    public WorkbenchSettings(Language language, Optional<WindowBounds> window, List<DatabaseAddress> recentDatabases) {
        this(language, window, recentDatabases, null);
    }

    public WorkbenchSettings(Language language, Optional<WindowBounds> window) {
        this(language, window, List.of());
    }

    public static WorkbenchSettings defaults(Language language) {
        return new WorkbenchSettings(language, Optional.empty());
    }

    public WorkbenchSettings withLanguage(Language newLanguage) {
        return new WorkbenchSettings(newLanguage, window, recentDatabases, spark);
    }

    public WorkbenchSettings withWindow(WindowBounds bounds) {
        return new WorkbenchSettings(language, Optional.of(bounds), recentDatabases, spark);
    }

    /** The databases opened last, newest first (team databases by their URL, which never holds a password). */
    public WorkbenchSettings withRecentDatabases(List<DatabaseAddress> databases) {
        return new WorkbenchSettings(language, window, databases, spark);
    }

    /** Where the big fits go on Apache Spark: its master and settings. */
    public WorkbenchSettings withSpark(EngineChoice choice) {
        return new WorkbenchSettings(language, window, recentDatabases, choice);
    }
}
