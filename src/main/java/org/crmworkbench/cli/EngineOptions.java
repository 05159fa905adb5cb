package org.crmworkbench.cli;

import java.util.List;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.work.BadParameterException;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark [--spark-master URL] [--spark-conf KEY=VALUE ...]}: where the big fit of a verb runs
 * (k-means for {@code segment}, matrix factorisation for {@code recommend} and {@code evaluate-recs}, FP-growth for
 * {@code rules}). A picocli mixin of those verbs.
 */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "local|spark", descriptionKey = "engine.engine")
    String engine;

    @Option(names = "--spark-master", paramLabel = "URL", descriptionKey = "engine.sparkMaster")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", descriptionKey = "engine.sparkConf")
    List<String> conf;

    /**
     * The engine asked for.
     *
     * @throws BadParameterException when an option is malformed
     */
    EngineChoice choice() {
        return EngineChoice.parse(engine, master, conf);
    }

    /**
     * Opens the engine asked for (the local one by default).
     *
     * @throws BadParameterException when an option is malformed or the engine is not part of this build
     */
    FitEngine open(FitEngines engines) {
        return engines.open(choice());
    }
}
