package org.crmworkbench.analysis.value;

import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * The whole value analysis: summaries, RFM, the purchase and spend models, CLV, model checks and lifecycle.
 */
public final class ValueAnalysis {

    /**
     * @throws org.crmworkbench.work.UnsuitableDataException naming the problem: no purchase on or before the
     *         calibration end, no repeat customer, a negative amount, too few customers to fit, a fit that did not
     *         converge
     */
    public ValueResult run(List<Purchase> purchases, ValueSettings settings, Progress progress) {
        throw new UnsupportedOperationException("to be written");
    }

    /** {@code result} with expected purchases, spend and CLV recomputed for {@code clv}, without refitting. */
    public ValueResult revalue(ValueResult result, ClvSettings clv) {
        throw new UnsupportedOperationException("to be written");
    }
}
