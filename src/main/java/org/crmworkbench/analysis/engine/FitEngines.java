package org.crmworkbench.analysis.engine;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.crmworkbench.work.BadParameterException;

/**
 * Opens the engine a choice names: the local one always, an optional one (Spark) when its jar is on the class path.
 * Looks providers up in the class loader it is given (the application's), not in a static registry.
 */
public final class FitEngines {
    /** The command that builds the Spark engine, for the message when it is missing. */
    public static final String SPARK_BUILD_COMMAND = "mvn -B -Pspark -DskipTests package";

    private final ClassLoader loader;

    /** Providers from the application's class path. */
    public FitEngines() {
        this(FitEngines.class.getClassLoader());
    }

    public FitEngines(ClassLoader loader) {
        this.loader = loader;
    }

    /** The provider of {@code kind} on the class path, if any (a jar whose classes cannot load counts as none). */
    public Optional<FitEngineProvider> provider(EngineKind kind) {
        try {
            for (FitEngineProvider provider : ServiceLoader.load(FitEngineProvider.class, loader)) {
                if (provider.kind() == kind) {
                    return Optional.of(provider);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            return Optional.empty(); // the engine's jar is there but its libraries are not
        }
        return Optional.empty();
    }

    /** Whether {@code kind} can be opened here. */
    public boolean available(EngineKind kind) {
        return kind == EngineKind.LOCAL || provider(kind).isPresent();
    }

    /**
     * Opens the engine of {@code choice}.
     *
     * @throws BadParameterException on {@code engine} when it is not part of this build, saying how to get it
     */
    public FitEngine open(EngineChoice choice) {
        if (choice.kind() == EngineKind.LOCAL) {
            return new LocalFitEngine();
        }
        FitEngineProvider provider = provider(choice.kind()).orElseThrow(() -> new BadParameterException("engine",
                "engine.spark.missing", "the Spark engine is not part of this build; build it with '"
                + SPARK_BUILD_COMMAND + "' in the project folder (it downloads Apache Spark 3.5 from Maven Central,"
                + " about 260 MB, into target/spark-lib), then run app/workbench again", SPARK_BUILD_COMMAND));
        return provider.open(choice);
    }
}
