package org.crmworkbench.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

class EngineChoiceTest {

    @Test
    void noOptionsIsTheLocalEngine() {
        EngineChoice choice = EngineChoice.parse(null, null, null);
        assertEquals(EngineKind.LOCAL, choice.kind());
        assertEquals("local", choice.describe());
        assertEquals(EngineChoice.local(), choice);
    }

    @Test
    void sparkTakesItsMasterAndSettingsInTheOrderGiven() {
        EngineChoice choice = EngineChoice.parse("Spark", "spark://10.0.0.5:7077", List.of(
                "spark.executor.memory=4g", "spark.crmworkbench.stagingDir = hdfs://nn/tmp", "spark.a=x=y"));
        assertEquals(EngineKind.SPARK, choice.kind());
        assertEquals("spark://10.0.0.5:7077", choice.master());
        assertFalse(choice.inProcess());
        assertEquals(List.of("spark.executor.memory", "spark.crmworkbench.stagingDir", "spark.a"),
                List.copyOf(choice.conf().keySet()));
        assertEquals("hdfs://nn/tmp", choice.conf().get("spark.crmworkbench.stagingDir"));
        assertEquals("x=y", choice.conf().get("spark.a"), "only the first = splits");
        assertEquals("spark spark://10.0.0.5:7077", choice.describe());
    }

    @Test
    void sparkWithoutAMasterRunsInThisProcessOnEveryCore() {
        EngineChoice choice = EngineChoice.parse("spark", null, List.of());
        assertEquals("local[*]", choice.master());
        assertTrue(choice.inProcess());
    }

    @Test
    void everyKindOfMasterSparkKnowsIsAccepted() {
        for (String master : List.of("local", "local[2]", "local[*]", "local[4,3]", "spark://a:7077",
                "spark://a:7077,b:7077", "yarn")) {
            assertEquals(master, EngineChoice.spark(master).master());
        }
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        assertEquals("engine", refused(() -> EngineChoice.parse("hadoop", null, null)).parameter());
        assertEquals("spark-master", refused(() -> EngineChoice.parse("spark", "localhost:7077", null)).parameter());
        assertEquals("spark-master", refused(() -> EngineChoice.parse("spark", "local[0]", null)).parameter());
        BadParameterException conf = refused(() -> EngineChoice.parse("spark", null, List.of("executor-memory")));
        assertEquals("spark-conf", conf.parameter());
        assertTrue(conf.getMessage().contains("key=value"), conf.getMessage());
        assertEquals("spark-conf", refused(() -> EngineChoice.parse("spark", null, List.of("=4g"))).parameter());
    }

    @Test
    void sparkOptionsWithTheLocalEngineAreRefused() {
        assertEquals("spark-master", refused(() -> EngineChoice.parse(null, "local[2]", null)).parameter());
        assertEquals("spark-conf", refused(() -> EngineChoice.parse("local", null, List.of("a=b"))).parameter());
    }

    @Test
    void theSettingsCannotBeChangedAfterwards() {
        EngineChoice choice = new EngineChoice(EngineKind.SPARK, null, Map.of("a", "b"));
        assertThrows(UnsupportedOperationException.class, () -> choice.conf().put("c", "d"));
    }

    private static BadParameterException refused(Runnable parse) {
        return assertThrows(BadParameterException.class, parse::run);
    }
}
