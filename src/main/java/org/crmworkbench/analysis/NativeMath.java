package org.crmworkbench.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The native linear algebra (OpenBLAS through JavaCPP) that Smile's fits use, loaded once on a thread of its own.
 *
 * <p>JavaCPP loads the library inside a class initialiser, taking a file lock on its cache. When the first fit that
 * needs it runs as a background job and that job is cancelled (its thread interrupted) during the load, the lock
 * throws, the class initialiser fails, and every later fit in the process fails with "Could not initialize class
 * openblas" until the window is restarted. A thread that nobody interrupts does the load instead; the job threads
 * then find the class initialised (or wait for it, which an interrupt does not break).
 */
public final class NativeMath {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMath.class);
    private static final String LIBRARY_CLASS = "org.bytedeco.openblas.global.openblas";

    /** Starts loading the library in the background; returns the (daemon) thread doing it. */
    public Thread loadInBackground() {
        Thread loader = new Thread(this::load, "native-math-loader");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
        return loader;
    }

    /** Loads the library on the calling thread; a failure is logged (the fit that needs it reports it). */
    void load() {
        try {
            Class.forName(LIBRARY_CLASS, true, NativeMath.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn("The native linear algebra library could not be loaded ({}); fits that need it will say so", e);
        }
    }
}
