package org.crmworkbench.ui.settings;

import org.crmworkbench.home.AppHome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void firstRunGivesTheFallbackLanguageAndNoWindowBounds() {
        WorkbenchSettings settings = new SettingsStore(new AppHome(dir), Language.SIMPLIFIED_CHINESE).load();
        assertEquals(WorkbenchSettings.defaults(Language.SIMPLIFIED_CHINESE), settings);
    }

    @Test
    void savedSettingsComeBack() {
        AppHome home = new AppHome(dir.resolve("nested/home"));
        SettingsStore store = new SettingsStore(home, Language.ENGLISH);
        WorkbenchSettings saved = WorkbenchSettings.defaults(Language.SIMPLIFIED_CHINESE)
                .withWindow(new WindowBounds(40, 30.5, 1300, 840, true));

        assertTrue(store.save(saved));

        assertTrue(Files.isRegularFile(home.settingsFile()), "the folder is created on first save");
        assertEquals(saved, store.load());
        try (var files = Files.list(home.dir())) {
            assertEquals(List.of(home.settingsFile()), files.toList(), "no temporary file is left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownLanguageAndBrokenBoundsFallBackToDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.properties"),
                "language=klingon\nwindow.x=10\nwindow.y=10\nwindow.width=-5\nwindow.height=abc\n",
                StandardCharsets.UTF_8);

        WorkbenchSettings settings = new SettingsStore(new AppHome(dir), Language.ENGLISH).load();

        assertEquals(Language.ENGLISH, settings.language());
        assertEquals(Optional.empty(), settings.window());
    }

    @Test
    void savingIntoAnUnwritablePlaceReportsFalse() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertFalse(new SettingsStore(new AppHome(file), Language.ENGLISH)
                .save(WorkbenchSettings.defaults(Language.ENGLISH)));
    }

    @Test
    void appHomeFollowsTheSystemProperty() {
        String before = System.getProperty(AppHome.PROPERTY);
        try {
            System.setProperty(AppHome.PROPERTY, dir.toString());
            assertEquals(dir, AppHome.fromSystemProperties().dir());
            System.clearProperty(AppHome.PROPERTY);
            assertEquals(AppHome.resolve(System.getenv(), System.getProperties()),
                    AppHome.fromSystemProperties());
        } finally {
            if (before == null) {
                System.clearProperty(AppHome.PROPERTY);
            } else {
                System.setProperty(AppHome.PROPERTY, before);
            }
        }
    }

    @Test
    void languagesHaveCodesAndFollowTheSystemLocale() {
        assertEquals(Optional.of(Language.SIMPLIFIED_CHINESE), Language.fromCode("zh"));
        assertEquals(Optional.empty(), Language.fromCode(null));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forLocale(Locale.CHINA));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
    }

    @Test
    void windowBoundsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(0, 0, 0, 500, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(Double.NaN, 0, 800, 500, false));
    }
}
