package org.crmworkbench.analysis.spark;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Two native BLAS libraries must not meet in one process in the wrong order. Smile (regression, predict, the
 * assistant) loads the OpenBLAS it ships with (JavaCPP's, with LAPACKE); Spark's netlib loads the system's
 * {@code libblas.so.3} where there is one, which on Debian pulls in the system's {@code libopenblas.so.0}, without
 * LAPACKE. Whichever comes first owns the name {@code libopenblas.so.0}: when the system's comes first, Smile's next
 * native call ends the process with "undefined symbol: LAPACKE_dpotrf". Loading Smile's library before Spark starts
 * makes both use it (it has every symbol either needs).
 */
final class NativeBlasOrder {
    private NativeBlasOrder() {
    }

    /** Loads Smile's OpenBLAS (once per process; later calls return at once). */
    static void smileFirst() {
        try {
            Loader.load(openblas.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | RuntimeException noNativeLibrary) {
            // no OpenBLAS of Smile for this platform means nothing to clash with:
            // Smile then runs its pure-Java paths, and Spark its own
        }
    }
}
