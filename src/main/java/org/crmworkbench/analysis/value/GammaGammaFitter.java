package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;

/** Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase. */
public final class GammaGammaFitter {

    /**
     * @param x frequencies; customers with x = 0 are left out of the fit
     * @param m monetary values (mean repeat purchase amounts)
     * @throws org.crmworkbench.work.UnsuitableDataException when too few customers bought again, or the fit does not
     *         converge
     */
    public GammaGammaModel fit(int[] x, double[] m, Progress progress) {
        throw new UnsupportedOperationException("to be written");
    }
}
