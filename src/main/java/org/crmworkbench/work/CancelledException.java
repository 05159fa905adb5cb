package org.crmworkbench.work;

/** Thrown by work that stopped because it was asked to; callers treat it as "cancelled", not as a failure. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
