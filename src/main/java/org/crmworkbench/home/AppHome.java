package org.crmworkbench.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The folder where the workbench keeps its own files: settings and, unless told otherwise, the database.
 * Passed to whoever needs it; {@link #fromSystemProperties()} picks the default location (see {@link #resolve}).
 */
public record AppHome(Path dir) {

    /** System property that overrides the default location. */
    public static final String PROPERTY = "crmworkbench.home";

    public AppHome {
        Objects.requireNonNull(dir, "dir");
    }

    /** Folder name used by earlier versions, directly in the home folder; kept in use where it exists. */
    public static final String LEGACY_FOLDER = ".crm-workbench";

    /** The default location for this process: its environment and system properties, see {@link #resolve}. */
    public static AppHome fromSystemProperties() {
        return resolve(System.getenv(), System.getProperties());
    }

    /**
     * Where the workbench keeps its files, given an environment and system properties (passed in, so the rules can
     * be tried without touching the real ones):
     * <ol>
     * <li>{@code -Dcrmworkbench.home=...} when set;</li>
     * <li>else the home folder is {@code $HOME} when set (Java's {@code user.home} does not follow it), else
     * {@code user.home}; an existing {@code .crm-workbench} folder there stays in use, so no one's data is left
     * behind;</li>
     * <li>else the platform's place for application data: {@code %APPDATA%\CRM Workbench} on Windows (else
     * {@code <home>\AppData\Roaming\CRM Workbench}), {@code <home>/Library/Application Support/CRM Workbench} on
     * macOS, and {@code $XDG_DATA_HOME/crm-workbench} elsewhere (else {@code <home>/.local/share/crm-workbench};
     * a relative {@code XDG_DATA_HOME} is ignored, as the XDG specification says).</li>
     * </ol>
     */
    public static AppHome resolve(Map<String, String> env, Properties properties) {
        String override = properties.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return new AppHome(Path.of(override.trim()));
        }
        Path home = Path.of(firstSet(env.get("HOME"), properties.getProperty("user.home"), "."));
        Path legacy = home.resolve(LEGACY_FOLDER);
        if (Files.isDirectory(legacy)) {
            return new AppHome(legacy);
        }
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData.trim()) : home.resolve("AppData").resolve("Roaming");
            return new AppHome(base.resolve("CRM Workbench"));
        }
        if (os.startsWith("mac")) {
            return new AppHome(home.resolve("Library").resolve("Application Support").resolve("CRM Workbench"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isSet(xdg) && Path.of(xdg.trim()).isAbsolute()
                ? Path.of(xdg.trim()) : home.resolve(".local").resolve("share");
        return new AppHome(base.resolve("crm-workbench"));
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (isSet(value)) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
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
