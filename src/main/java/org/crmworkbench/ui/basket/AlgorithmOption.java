package org.crmworkbench.ui.basket;

import java.util.Locale;
import org.crmworkbench.analysis.basket.MiningAlgorithm;

/** The algorithms the Baskets panel offers, named from the bundles; all three find the same itemsets. */
public enum AlgorithmOption {
    FPGROWTH(MiningAlgorithm.FPGROWTH), APRIORI(MiningAlgorithm.APRIORI), ECLAT(MiningAlgorithm.ECLAT);

    private final MiningAlgorithm algorithm;

    AlgorithmOption(MiningAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    MiningAlgorithm algorithm() {
        return algorithm;
    }

    /** The bundle key of its name. */
    public String key() {
        return "basket.ws.algorithm." + name().toLowerCase(Locale.ROOT);
    }
}
