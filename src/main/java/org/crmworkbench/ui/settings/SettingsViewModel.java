package org.crmworkbench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The settings dialog's state: the language being chosen, applied only on OK. */
public final class SettingsViewModel {

    private final Language current;
    private final Path homeFolder;
    private final Consumer<Language> applyLanguage;
    private final ObjectProperty<Language> language;

    /**
     * @param current       the language in use
     * @param homeFolder    where settings are kept, shown for information
     * @param applyLanguage what to do when another language is confirmed (the window rebuilds itself)
     */
    public SettingsViewModel(Language current, Path homeFolder, Consumer<Language> applyLanguage) {
        this.current = Objects.requireNonNull(current, "current");
        this.homeFolder = Objects.requireNonNull(homeFolder, "homeFolder");
        this.applyLanguage = Objects.requireNonNull(applyLanguage, "applyLanguage");
        this.language = new SimpleObjectProperty<>(this, "language", current);
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

    /** Applies the choices; the language only if it changed. */
    public void apply() {
        Language chosen = language.get();
        if (chosen != null && chosen != current) {
            applyLanguage.accept(chosen);
        }
    }
}
