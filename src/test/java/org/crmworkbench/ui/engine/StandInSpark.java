package org.crmworkbench.ui.engine;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.crmworkbench.analysis.basket.ItemsetMiner;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngineProvider;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.Recommender;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KMeansFitter;

/**
 * A stand-in for the Spark engine in builds without Spark, so that the window's Spark choice can be tested everywhere:
 * a provider of kind SPARK whose engines fit in this process and remember the thread they fitted on and whether they
 * were closed. {@link #engines(Path)} gives {@code FitEngines} that find it (through a services file of its own, so
 * no other test sees it).
 */
public final class StandInSpark implements FitEngineProvider {
    /** Every engine opened, in order. */
    static final List<Engine> OPENED = Collections.synchronizedList(new ArrayList<>());

    /** Engines whose class loader lists this provider as the Spark engine. */
    static FitEngines engines(Path folder) throws IOException {
        Path services = folder.resolve("META-INF/services/" + FitEngineProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, StandInSpark.class.getName() + "\n");
        URL listed = services.toUri().toURL();
        ClassLoader loader = new ClassLoader(StandInSpark.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/" + FitEngineProvider.class.getName())
                        ? Collections.enumeration(List.of(listed)) : super.getResources(name);
            }
        };
        return new FitEngines(loader);
    }

    @Override
    public EngineKind kind() {
        return EngineKind.SPARK;
    }

    @Override
    public String description() {
        return "Apache Spark (stand-in)";
    }

    @Override
    public FitEngine open(EngineChoice choice) {
        Engine engine = new Engine(choice);
        OPENED.add(engine);
        return engine;
    }

    /** Fits in this process, saying on which thread. */
    static final class Engine implements FitEngine {
        private final EngineChoice choice;
        volatile boolean closed;
        volatile String fittedOn;

        Engine(EngineChoice choice) {
            this.choice = choice;
        }

        @Override
        public EngineChoice choice() {
            return choice;
        }

        @Override
        public KMeansFitter kMeans() {
            return (data, parameters, progress) -> {
                fittedOn = Thread.currentThread().getName();
                return new KMeans().fit(data, parameters, progress);
            };
        }

        @Override
        public Recommender factorisation(RecommenderSettings settings) {
            return new MatrixFactorization(settings);
        }

        @Override
        public ItemsetMiner itemsets() {
            return ItemsetMiner.local();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
