package org.crmworkbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.common.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's "Engine for big fits" section and how its choice is stored. */
class EngineSettingsModelTest {
    @TempDir
    Path home;

    private final EngineSettingsModel engine = new EngineSettingsModel(EngineChoice.spark("local[*]"),
            Optional.of("Apache Spark 3.5.9"));

    @Test
    void aBadMasterOrSettingIsNamedAsTheCommandLineNamesIt() {
        engine.masterProperty().set("sparks://nowhere");
        assertTrue(engine.choice().isEmpty());
        Notice problem = engine.problemProperty().get();
        assertEquals("engine.master.bad", problem.key());
        assertEquals("sparks://nowhere", problem.args()[0]);

        engine.masterProperty().set("spark://head:7077");
        assertNull(engine.problemProperty().get());
        engine.confProperty().set("spark.executor.memory=4g\nno equals sign");
        assertEquals("engine.conf.bad", engine.problemProperty().get().key());
        assertEquals("no equals sign", engine.problemProperty().get().args()[0]);
    }

    @Test
    void settingsAreOneKeyValueALineBlankLinesAndCommentsLeftOut() {
        engine.masterProperty().set(" local[2] ");
        engine.confProperty().set("spark.executor.memory = 4g\n\n# a note\nspark.sql.shuffle.partitions=16\n");
        EngineChoice choice = engine.choice().orElseThrow();
        assertEquals(EngineKind.SPARK, choice.kind());
        assertEquals("local[2]", choice.master());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("spark.executor.memory", "4g");
        expected.put("spark.sql.shuffle.partitions", "16");
        assertEquals(expected, choice.conf());
    }

    @Test
    void theStatusSaysWhetherSparkIsPartOfTheBuild() {
        assertEquals(Notice.info("settings.engine.available", "Apache Spark 3.5.9"), engine.status());
        Notice missing = new EngineSettingsModel(EngineChoice.spark("local[*]"), Optional.empty()).status();
        assertTrue(missing.error());
        assertEquals(Notice.error("settings.engine.missing", FitEngines.SPARK_BUILD_COMMAND), missing);
    }

    @Test
    void okAppliesAChangedSparkChoiceAndRefusesABadOne() {
        List<EngineChoice> applied = new ArrayList<>();
        SettingsViewModel settings = new SettingsViewModel(Language.ENGLISH, home, language -> { }, engine,
                applied::add);
        assertTrue(settings.apply());
        assertEquals(List.of(), applied, "nothing changed");
        engine.masterProperty().set("yarn-cluster");
        assertFalse(settings.acceptable());
        assertFalse(settings.apply());
        engine.masterProperty().set("yarn");
        assertTrue(settings.apply());
        assertEquals(List.of(EngineChoice.spark("yarn")), applied);
    }

    @Test
    void theSparkChoiceIsStoredWithTheOtherSettings() throws Exception {
        SettingsStore store = new SettingsStore(new AppHome(home), Language.ENGLISH);
        assertEquals(EngineChoice.spark(EngineChoice.DEFAULT_MASTER), store.load().spark());
        EngineChoice cluster = EngineChoice.parse("spark", "spark://head:7077",
                List.of("spark.executor.memory=4g", "spark.executor.cores=2"));
        assertTrue(store.save(store.load().withSpark(cluster).withLanguage(Language.SIMPLIFIED_CHINESE)));
        WorkbenchSettings read = new SettingsStore(new AppHome(home), Language.ENGLISH).load();
        assertEquals(cluster, read.spark());
        assertEquals(List.of("spark.executor.memory", "spark.executor.cores"), List.copyOf(read.spark().conf().keySet()));
        assertEquals(Language.SIMPLIFIED_CHINESE, read.language());

        Files.writeString(new AppHome(home).settingsFile(), "language=en\nspark.master=nonsense\n");
        assertEquals(EngineChoice.spark(EngineChoice.DEFAULT_MASTER), store.load().spark(), "a bad master: default");
    }
}
