package org.crmworkbench.analysis.engine;

/**
 * How an optional engine makes itself known: an implementation listed in
 * {@code META-INF/services/org.crmworkbench.analysis.engine.FitEngineProvider} of a jar on the class path (the Spark
 * engine's jar, built by the {@code spark} Maven profile).
 */
public interface FitEngineProvider {

    /** The engine it provides. */
    EngineKind kind();

    /** What the engine is built on, e.g. {@code Apache Spark 3.5.9}, for {@code info} and the settings page. */
    String description();

    /** Opens the engine; may take a few seconds (a Spark session starts lazily, at the first fit). */
    FitEngine open(EngineChoice choice);
}
