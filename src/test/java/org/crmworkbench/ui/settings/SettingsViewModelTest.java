package org.crmworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final List<Language> applied = new ArrayList<>();
    private final SettingsViewModel settings = new SettingsViewModel(Language.ENGLISH, Path.of("home"), applied::add);

    @Test
    void applyingAnotherLanguageSwitches() {
        settings.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        settings.apply();
        assertEquals(List.of(Language.SIMPLIFIED_CHINESE), applied);
    }

    @Test
    void applyingTheSameLanguageDoesNothing() {
        settings.apply();
        assertEquals(List.of(), applied);
    }

    @Test
    void offersEveryLanguage() {
        assertEquals(List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE), settings.languages());
    }
}
