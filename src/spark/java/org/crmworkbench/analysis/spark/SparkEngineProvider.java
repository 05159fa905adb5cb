package org.crmworkbench.analysis.spark;

import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngineProvider;

/** Makes the Spark engine known to {@code FitEngines} (listed in {@code META-INF/services}). */
public final class SparkEngineProvider implements FitEngineProvider {

    @Override
    public EngineKind kind() {
        return EngineKind.SPARK;
    }

    @Override
    public String description() {
        return "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }

    @Override
    public FitEngine open(EngineChoice choice) {
        if (choice.kind() != EngineKind.SPARK) {
            throw new IllegalArgumentException("not a Spark choice: " + choice);
        }
        return new SparkEngine(choice);
    }
}
