package org.crmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobState;
import org.crmworkbench.ui.settings.Language;
import org.junit.jupiter.api.Test;

/** Every text the shell shows exists in both languages, and the Chinese one really is Chinese. */
class MessageBundlesTest {

    private final Messages english = Messages.english();
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> englishKeys = new TreeSet<>(Collections.list(english.bundle().getKeys()));
        Set<String> chineseKeys = new TreeSet<>(chinese.bundle().keySet());
        assertEquals(englishKeys, chineseKeys);
    }

    @Test
    void chineseTextsAreWrittenInChinese() {
        assertEquals("CRM 工作台", chinese.get("app.title"));
        for (String id : List.of("data", "segments", "recommend", "predict", "forecast", "reports")) {
            String title = chinese.get("workspace." + id + ".title");
            assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    title);
        }
    }

    @Test
    void shellKeysUsedFromCodeExist() {
        for (Messages messages : new Messages[] {english, chinese}) {
            for (JobState state : JobState.values()) {
                if (state != JobState.RUNNING) {
                    assertTrue(messages.has("job.state." + state.name().toLowerCase(Locale.ROOT)), state.name());
                }
            }
            for (Language language : Language.values()) {
                assertTrue(messages.has(language.nameKey()));
            }
            for (String key : new String[] {"job.stage.running", "job.stage.cancelling", "job.failure.noMessage",
                    "job.failure.cause", "jobs.cancel", "jobs.details.show", "jobs.details.hide", "status.ready",
                    "status.jobsRunning", "status.home", "settings.title"}) {
                assertTrue(messages.has(key), key);
            }
        }
    }

    @Test
    void pluralsAndArgumentsFormat() {
        assertEquals("1 background job running", english.get("status.jobsRunning", 1));
        assertEquals("3 background jobs running", english.get("status.jobsRunning", 3));
        assertEquals("3 个后台任务正在运行", chinese.get("status.jobsRunning", 3));
        assertEquals("第 2 步，共 1,000 步", chinese.get("job.sample.stage", 2, 1000).replace('\u00a0', ' '));
    }

    @Test
    void everyFxmlTextKeyExists() throws IOException {
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        for (FxmlView view : FxmlView.values()) {
            String fxml = read(view.resource());
            Matcher matcher = key.matcher(fxml);
            int found = 0;
            while (matcher.find()) {
                found++;
                assertTrue(english.has(matcher.group(1)), view + ": " + matcher.group(1));
                assertTrue(chinese.has(matcher.group(1)), view + ": " + matcher.group(1));
            }
            assertFalse(found == 0, view + " has no bundle texts");
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
