package org.crmworkbench.analysis.basket;

import java.util.Locale;

/** How frequent itemsets are found; all three give the same itemsets with the same counts. */
public enum MiningAlgorithm {
    /** Pattern growth over a prefix tree (Han, Pei and Yin 2000): the default, fastest on retail baskets. */
    FPGROWTH,
    /** Level-wise candidate generation and counting (Agrawal and Srikant 1994), as arules' {@code apriori}. */
    APRIORI,
    /** Depth-first intersection of transaction-id lists (Zaki 2000), as arules' {@code eclat}. */
    ECLAT;

    /** The command-line name ({@code fpgrowth}, {@code apriori}, {@code eclat}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The algorithm with that command-line name, or null. */
    public static MiningAlgorithm fromCliName(String name) {
        for (MiningAlgorithm a : values()) {
            if (a.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return a;
            }
        }
        return null;
    }
}
