package org.crmworkbench.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's rules, tried on made-up environments and properties (the real ones are never touched). */
class AppHomeTest {
    @TempDir
    Path dir;

    private Path home() {
        return dir.resolve("home");
    }

    private Path loginHome() {
        return dir.resolve("login");
    }

    private static Properties properties(String os, Path userHome) {
        Properties p = new Properties();
        p.setProperty("os.name", os);
        p.setProperty("user.home", userHome.toString());
        return p;
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(dir.resolve("data").resolve("crm-workbench"), AppHome.resolve(
                env("HOME", home().toString(), "XDG_DATA_HOME", dir.resolve("data").toString()),
                properties("Linux", loginHome())).dir());
    }

    @Test
    void linuxFallsBackToLocalShareUnderHome() {
        Path expected = home().resolve(".local").resolve("share").resolve("crm-workbench");
        assertEquals(expected, AppHome.resolve(env("HOME", home().toString()), properties("Linux", loginHome())).dir());
        assertEquals(expected, AppHome.resolve(env("HOME", home().toString(), "XDG_DATA_HOME", "relative/data"),
                properties("Linux", loginHome())).dir(), "a relative XDG_DATA_HOME is ignored");
        assertEquals(expected, AppHome.resolve(env("HOME", home().toString(), "XDG_DATA_HOME", " "),
                properties("Linux", loginHome())).dir());
    }

    @Test
    void homeFromTheEnvironmentWinsOverUserHome() {
        assertEquals(home().resolve(".local/share/crm-workbench"),
                AppHome.resolve(env("HOME", home().toString()), properties("Linux", loginHome())).dir());
        assertEquals(loginHome().resolve(".local/share/crm-workbench"),
                AppHome.resolve(env(), properties("Linux", loginHome())).dir(), "no HOME: user.home");
        assertEquals(loginHome().resolve(".local/share/crm-workbench"),
                AppHome.resolve(env("HOME", ""), properties("Linux", loginHome())).dir(), "empty HOME: user.home");
    }

    @Test
    void windowsUsesAppData() {
        Path appData = dir.resolve("Roaming");
        assertEquals(appData.resolve("CRM Workbench"), AppHome.resolve(
                env("APPDATA", appData.toString()), properties("Windows 11", loginHome())).dir());
        assertEquals(loginHome().resolve("AppData").resolve("Roaming").resolve("CRM Workbench"),
                AppHome.resolve(env(), properties("Windows 10", loginHome())).dir(), "no APPDATA: under the home");
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(home().resolve("Library").resolve("Application Support").resolve("CRM Workbench"),
                AppHome.resolve(env("HOME", home().toString(), "XDG_DATA_HOME", dir.resolve("x").toString()),
                        properties("Mac OS X", loginHome())).dir());
    }

    @Test
    void anExistingCrmWorkbenchFolderStaysInUseOnEveryPlatform() throws IOException {
        Path legacy = Files.createDirectories(home().resolve(".crm-workbench"));
        Map<String, String> env = env("HOME", home().toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "APPDATA", dir.resolve("Roaming").toString());
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(legacy, AppHome.resolve(env, properties(os, loginHome())).dir(), os);
        }
        Files.createDirectories(loginHome().resolve(".crm-workbench"));
        assertEquals(dir.resolve("other").resolve(".local/share/crm-workbench"),
                AppHome.resolve(env("HOME", dir.resolve("other").toString()), properties("Linux", loginHome())).dir(),
                "the login user's folder does not count when HOME points elsewhere");
    }

    @Test
    void aFileNamedCrmWorkbenchIsNotAFolderToUse() throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve(".crm-workbench"), "x");
        assertEquals(home().resolve(".local/share/crm-workbench"),
                AppHome.resolve(env("HOME", home().toString()), properties("Linux", loginHome())).dir());
    }

    @Test
    void thePropertyWinsOverEverything() throws IOException {
        Files.createDirectories(home().resolve(".crm-workbench"));
        Properties p = properties("Linux", loginHome());
        p.setProperty(AppHome.PROPERTY, " " + dir.resolve("chosen") + " ");
        assertEquals(dir.resolve("chosen"), AppHome.resolve(
                env("HOME", home().toString(), "XDG_DATA_HOME", dir.resolve("data").toString()), p).dir());
    }
}
