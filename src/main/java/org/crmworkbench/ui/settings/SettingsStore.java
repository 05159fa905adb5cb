package org.crmworkbench.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.present.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link WorkbenchSettings} as {@code settings.properties} in the {@link AppHome}.
 * A missing or unreadable file gives defaults (and a logged warning), never an error dialog at start-up.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final String LANGUAGE = "language";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String RECENT = "database.recent.";
    private static final int MAX_RECENT = 10;
    private static final String SPARK_MASTER = "spark.master";
    private static final String SPARK_CONF = "spark.conf.";
    private static final int MAX_SPARK_CONF = 100;

    private final AppHome home;
    private final Language fallbackLanguage;

    /** Settings in {@code home}; the first run uses the system locale's language. */
    public SettingsStore(AppHome home) {
        this(home, Language.forLocale(Locale.getDefault()));
    }

    public SettingsStore(AppHome home, Language fallbackLanguage) {
        this.home = Objects.requireNonNull(home, "home");
        this.fallbackLanguage = Objects.requireNonNull(fallbackLanguage, "fallbackLanguage");
    }

    public AppHome home() {
        return home;
    }

    public WorkbenchSettings load() {
        Path file = home.settingsFile();
        if (!Files.isRegularFile(file)) {
            return WorkbenchSettings.defaults(fallbackLanguage);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read settings from {} ({}); using defaults", file, e.getMessage());
            return WorkbenchSettings.defaults(fallbackLanguage);
        }
        Language language = Language.fromCode(properties.getProperty(LANGUAGE)).orElse(fallbackLanguage);
        List<DatabaseAddress> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String path = properties.getProperty(RECENT + i);
            if (path != null && !path.isBlank()) {
                try {
                    recent.add(DatabaseAddress.parse(path.trim()));
                } catch (IllegalArgumentException e) { // a bad path or URL
                    LOG.warn("Ignoring the recent database {} in {}: {}", path, file, e.getMessage());
                }
            }
        }
        return new WorkbenchSettings(language, window(properties, file), recent, spark(properties, file));
    }

    /** Writes the settings whole or not at all ({@link AtomicFile}); false on failure. */
    public boolean save(WorkbenchSettings settings) {
        Properties properties = new Properties();
        properties.setProperty(LANGUAGE, settings.language().code());
        settings.window().ifPresent(bounds -> {
            properties.setProperty(X, Double.toString(bounds.x()));
            properties.setProperty(Y, Double.toString(bounds.y()));
            properties.setProperty(WIDTH, Double.toString(bounds.width()));
            properties.setProperty(HEIGHT, Double.toString(bounds.height()));
            properties.setProperty(MAXIMIZED, Boolean.toString(bounds.maximized()));
        });
        List<DatabaseAddress> recent = settings.recentDatabases();
        for (int i = 0; i < Math.min(recent.size(), MAX_RECENT); i++) {
            properties.setProperty(RECENT + i, stored(recent.get(i)));
        }
        EngineChoice spark = settings.spark();
        properties.setProperty(SPARK_MASTER, spark.master());
        int n = 0;
        for (Map.Entry<String, String> entry : spark.conf().entrySet()) {
            properties.setProperty(SPARK_CONF + n++, entry.getKey() + "=" + entry.getValue());
        }
        Path file = home.settingsFile();
        try {
            home.ensureExists();
            AtomicFile.writeText(file, writer -> properties.store(writer, "CRM Workbench settings"));
            return true;
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
            return false;
        }
    }

    private static Optional<WindowBounds> window(Properties properties, Path file) {
        String x = properties.getProperty(X);
        String y = properties.getProperty(Y);
        String width = properties.getProperty(WIDTH);
        String height = properties.getProperty(HEIGHT);
        if (x == null || y == null || width == null || height == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(Double.parseDouble(x), Double.parseDouble(y),
                    Double.parseDouble(width), Double.parseDouble(height),
                    Boolean.parseBoolean(properties.getProperty(MAXIMIZED))));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the window position in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Apache Spark's master and settings as stored; the default (local[*], no settings) when they do not parse. */
    private static EngineChoice spark(Properties properties, Path file) {
        List<String> conf = new ArrayList<>();
        for (int i = 0; i < MAX_SPARK_CONF && properties.getProperty(SPARK_CONF + i) != null; i++) {
            conf.add(properties.getProperty(SPARK_CONF + i));
        }
        try {
            return EngineChoice.parse(EngineKind.SPARK.cliName(), properties.getProperty(SPARK_MASTER), conf);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the Spark settings in {}: {}", file, e.getMessage());
            return EngineChoice.spark(EngineChoice.DEFAULT_MASTER);
        }
    }

    /** How a recent database is written down: a file's path, or a team database's URL (never with a password). */
    private static String stored(DatabaseAddress address) {
        return address instanceof DatabaseAddress.Server server ? server.url()
                : ((DatabaseAddress.File) address).path().toString();
    }
}
