package org.crmworkbench.ui.engine;

import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngineProvider;
import org.crmworkbench.analysis.engine.FitEngines;

/**
 * A window's engines for the big fits (k-means, matrix factorisation by ALS, FP-growth): the local engine, always
 * there, and Apache Spark when this build has it. Spark is opened at the first fit that asks for it, on that fit's
 * worker thread (never on the FX thread); a change of its master or settings takes effect at the next Spark fit,
 * which closes the engine opened before and opens one on the new choice; {@link #close()} (the window closing) frees
 * it. Workspaces get engines from here through an {@link EngineOption} each.
 */
public final class FitEngineSession implements AutoCloseable {
    private final FitEngines engines;
    private final FitEngine local;
    private volatile EngineChoice spark = EngineChoice.spark(EngineChoice.DEFAULT_MASTER);
    /** The Spark provider, looked up once: empty when this build has no Spark. Guarded by this. */
    private Optional<FitEngineProvider> sparkProvider;
    private String sparkDescription;
    /** The Spark engine opened last, or null. Guarded by this. */
    private FitEngine sparkEngine;
    private boolean closed;

    /** @param engines where engines are found (the application's class path, or a test's) */
    public FitEngineSession(FitEngines engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.local = engines.open(EngineChoice.local());
    }

    /** Whether Apache Spark is part of this build (its jar and libraries are on the class path). */
    public boolean sparkAvailable() {
        return sparkDescription().isPresent();
    }

    /** What Spark is built on, e.g. {@code Apache Spark 3.5.9}; empty when it is not part of this build. */
    public synchronized Optional<String> sparkDescription() {
        if (sparkProvider == null) {
            sparkProvider = engines.provider(EngineKind.SPARK);
            try {
                sparkDescription = sparkProvider.map(FitEngineProvider::description).orElse(null);
            } catch (LinkageError e) { // the engine's jar without its libraries
                sparkProvider = Optional.empty();
            }
        }
        return Optional.ofNullable(sparkDescription);
    }

    /** The Spark master and settings the next Spark fit uses. */
    public EngineChoice sparkChoice() {
        return spark;
    }

    /** Uses {@code choice} (a Spark choice) from the next Spark fit on. */
    public void useSpark(EngineChoice choice) {
        if (Objects.requireNonNull(choice, "choice").kind() != EngineKind.SPARK) {
            throw new IllegalArgumentException("not a Spark choice: " + choice);
        }
        spark = choice;
    }

    /** The choice a fit on {@code kind} runs with. */
    public EngineChoice choice(EngineKind kind) {
        return kind == EngineKind.LOCAL ? local.choice() : spark;
    }

    /**
     * The engine of {@code kind}, opening Spark (on its current choice) if it is not open yet, or was opened on
     * another choice. Call it on a worker thread: a Spark session starts at its first fit.
     *
     * @throws org.crmworkbench.work.BadParameterException when Spark is asked for but is not part of this build
     */
    public FitEngine open(EngineKind kind) {
        if (kind == EngineKind.LOCAL) {
            return local;
        }
        EngineChoice wanted = spark;
        FitEngine stale = null;
        FitEngine engine;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the window's engines were closed");
            }
            if (sparkEngine != null && !sparkEngine.choice().equals(wanted)) {
                stale = sparkEngine;
                sparkEngine = null;
            }
            if (stale != null) {
                stale.close(); // one Spark session per process: the old one stops before the new one starts
            }
            if (sparkEngine == null) {
                sparkEngine = engines.open(wanted);
            }
            engine = sparkEngine;
        }
        return engine;
    }

    /** A Spark engine is open (it was used since the last change of its choice). */
    public synchronized boolean sparkOpen() {
        return sparkEngine != null;
    }

    /** Frees what the engines hold (stops a Spark session); fits after this fail. */
    @Override
    public void close() {
        FitEngine open;
        synchronized (this) {
            closed = true;
            open = sparkEngine;
            sparkEngine = null;
        }
        if (open != null) {
            open.close();
        }
        local.close();
    }
}
