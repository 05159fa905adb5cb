package org.crmworkbench.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

/** What a cluster needs before any data moves: its configuration (YARN) and a shared staging folder. */
class SparkClusterChoiceTest {

    @Test
    void yarnWithoutTheHadoopConfigurationIsRefusedNamingWhatToSet() {
        EngineChoice yarn = EngineChoice.parse("spark", "yarn", List.of());
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> SparkEngine.requireClusterConfiguration(yarn, Map.of()));
        assertEquals("spark-master", e.parameter());
        assertEquals("engine.spark.yarnConf", e.messageKey());
        SparkEngine.requireClusterConfiguration(yarn, Map.of("HADOOP_CONF_DIR", "/etc/hadoop/conf"));
        SparkEngine.requireClusterConfiguration(EngineChoice.spark("local[2]"), Map.of());
    }

    @Test
    void aStandaloneClusterWithoutASharedFolderIsRefusedBeforeAnythingIsWritten() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> new FitEngines().open(
                EngineChoice.parse("spark", "spark://127.0.0.1:7077", List.of("spark.cores.max=1"))));
        assertEquals("spark-conf", e.parameter());
        assertEquals("engine.spark.noStaging", e.messageKey());
        if (System.getenv("HADOOP_CONF_DIR") == null && System.getenv("YARN_CONF_DIR") == null) {
            assertEquals("engine.spark.yarnConf", assertThrows(BadParameterException.class,
                    () -> new FitEngines().open(EngineChoice.spark("yarn"))).messageKey());
        }
    }
}
