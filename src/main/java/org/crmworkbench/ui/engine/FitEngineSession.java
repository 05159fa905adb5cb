package org.crmworkbench.ui.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngineProvider;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.work.CancelledException;

/**
 * A window's engines for the big fits (k-means, matrix factorisation by ALS, FP-growth): the local engine, always
 * there, and Apache Spark when this build has it. Spark is opened at the first fit that asks for it, on that fit's
 * worker thread (never on the FX thread); a change of its master or settings takes effect at the next Spark fit,
 * which closes the engine opened before and opens one on the new choice; {@link #close()} (the window closing) frees
 * it. Workspaces get engines from here through an {@link EngineOption} each.
 *
 * <p>A Spark fit runs on a thread of its own while the job's worker waits for it ({@link #fit}): the job runner
 * interrupts a worker whose job is cancelled or replaced, and an interrupt inside Spark (while its session starts,
 * or inside its file and network code) can leave the session unusable. The cancel reaches the fit through its
 * {@code Progress} instead, which cancels the fit's Spark job group.
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
    /** The threads Spark fits run on, made at the first Spark fit. Guarded by this. */
    private ExecutorService sparkThreads;

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

    /**
     * Runs {@code fit} on the engine of {@code kind}: on this thread for the local engine, on a Spark fit thread for
     * Spark (opening the engine there), this thread waiting. When this thread is interrupted (its job was cancelled)
     * it stops waiting and the fit stops through its progress's cancel.
     *
     * @throws CancelledException when this thread is interrupted while it waits
     */
    public <T> T fit(EngineKind kind, Function<FitEngine, T> fit) {
        if (kind == EngineKind.LOCAL) {
            return fit.apply(local);
        }
        Future<T> running;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the window's engines were closed");
            }
            if (sparkThreads == null) {
                sparkThreads = Executors.newCachedThreadPool(work -> {
                    Thread thread = new Thread(work, "spark-fit");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            running = sparkThreads.submit(() -> fit.apply(open(kind)));
        }
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
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
            if (sparkThreads != null) {
                sparkThreads.shutdown();
            }
        }
        if (open != null) {
            open.close();
        }
        local.close();
    }
}
