package org.crmworkbench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.engine.EngineChoice;

/** The settings dialog's state: the language and Apache Spark's master and settings, applied only on OK. */
public final class SettingsViewModel {

    private final Language current;
    private final Path homeFolder;
    private final Consumer<Language> applyLanguage;
    private final ObjectProperty<Language> language;
    private final EngineSettingsModel engine;
    private final Consumer<EngineChoice> applySpark;

    /**
     * @param current       the language in use
     * @param homeFolder    where settings are kept, shown for information
     * @param applyLanguage what to do when another language is confirmed (the window rebuilds itself)
     */
    public SettingsViewModel(Language current, Path homeFolder, Consumer<Language> applyLanguage) {
        this(current, homeFolder, applyLanguage, new EngineSettingsModel(
                EngineChoice.spark(EngineChoice.DEFAULT_MASTER), Optional.empty()), choice -> { });
    }

    /**
     * @param engine     the "Engine for big fits" section
     * @param applySpark what to do when another Spark master or other Spark settings are confirmed
     */
    public SettingsViewModel(Language current, Path homeFolder, Consumer<Language> applyLanguage,
                             EngineSettingsModel engine, Consumer<EngineChoice> applySpark) {
        this.current = Objects.requireNonNull(current, "current");
        this.homeFolder = Objects.requireNonNull(homeFolder, "homeFolder");
        this.applyLanguage = Objects.requireNonNull(applyLanguage, "applyLanguage");
        this.language = new SimpleObjectProperty<>(this, "language", current);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.applySpark = Objects.requireNonNull(applySpark, "applySpark");
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Path homeFolder() {
        return homeFolder;
    }

    /** The "Engine for big fits" section. */
    public EngineSettingsModel engine() {
        return engine;
    }

    /** Whether the choices can be applied (the Spark master and settings are right; the section says when not). */
    public boolean acceptable() {
        return engine.choice().isPresent();
    }

    /**
     * Applies the choices: the Spark settings if they changed, then the language if it changed.
     *
     * @return false, applying nothing, when the Spark master or settings are wrong (the section says why)
     */
    public boolean apply() {
        Optional<EngineChoice> spark = engine.choice();
        if (spark.isEmpty()) {
            return false;
        }
        if (engine.changed(spark.get())) {
            applySpark.accept(spark.get());
        }
        Language chosen = language.get();
        if (chosen != null && chosen != current) {
            applyLanguage.accept(chosen);
        }
        return true;
    }
}
