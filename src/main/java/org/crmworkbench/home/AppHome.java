package org.crmworkbench.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder where the workbench keeps its own files: settings and, unless told otherwise, the database.
 * Passed to whoever needs it; {@link #fromSystemProperties()} picks the default location.
 */
public record AppHome(Path dir) {

    /** System property that overrides the default location. */
    public static final String PROPERTY = "crmworkbench.home";

    public AppHome {
        Objects.requireNonNull(dir, "dir");
    }

    /** {@code -Dcrmworkbench.home=...} when set, else {@code ~/.crm-workbench}. */
    public static AppHome fromSystemProperties() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return new AppHome(Path.of(override.trim()));
        }
        return new AppHome(Path.of(System.getProperty("user.home"), ".crm-workbench"));
    }

    public Path settingsFile() {
        return dir.resolve("settings.properties");
    }

    /** The default database: {@code workbench.mv.db} in this folder. */
    public Path defaultDatabase() {
        return dir.resolve("workbench");
    }

    /** Creates the folder if it does not exist yet. */
    public Path ensureExists() throws IOException {
        return Files.createDirectories(dir);
    }
}
