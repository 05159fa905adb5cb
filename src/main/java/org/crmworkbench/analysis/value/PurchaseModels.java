package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;

/** Fits the buy-till-you-die purchase models by maximum likelihood. */
public final class PurchaseModels {

    /**
     * Fits {@code kind} on the frequencies, recencies and ages (one per customer).
     *
     * @throws org.crmworkbench.work.UnsuitableDataException when there are too few customers or no repeat purchases,
     *         or when the fit does not converge (nothing is kept)
     */
    public PurchaseModel fit(PurchaseModelKind kind, int[] x, double[] tx, double[] age, Progress progress) {
        throw new UnsupportedOperationException("to be written");
    }
}
