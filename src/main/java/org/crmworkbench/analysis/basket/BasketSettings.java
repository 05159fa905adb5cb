package org.crmworkbench.analysis.basket;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * What a basket analysis is asked, with arules' conventions: the length of an itemset or a rule counts the items on
 * both sides; a rule has one item in its consequent unless {@code maxConsequent} allows more; with
 * {@code minLength} 1 the rules with an empty antecedent ({@code {} => {milk}}) are made too. Records compare by
 * value, so settings double as a cache key. Bad values are refused with a {@link BadParameterException} naming the
 * command-line parameter.
 *
 * @param minSupport    smallest share of transactions an itemset must be in, in (0, 1]
 * @param minConfidence smallest confidence of a rule, in [0, 1]
 * @param minLength     fewest items in an itemset or rule (antecedent plus consequent), at least 1
 * @param maxLength     most items in an itemset or rule, at least {@code minLength}
 * @param maxConsequent most items in a rule's consequent (1 = arules)
 * @param algorithm     how the itemsets are found
 * @param memoryCapMb   mining stops with {@link MiningLimitException} before its tables would pass this many MB
 */
public record BasketSettings(double minSupport, double minConfidence, int minLength, int maxLength,
                             int maxConsequent, MiningAlgorithm algorithm, int memoryCapMb) {
    public static final DoubleRange SUPPORT = new DoubleRange("min-support", 1e-7, 1.0, 0.001);
    public static final DoubleRange CONFIDENCE = new DoubleRange("min-confidence", 0.0, 1.0, 0.01);
    public static final IntRange LENGTH = new IntRange("max-length", 1, 100);
    public static final IntRange MIN_LENGTH = new IntRange("min-length", 1, 100);
    public static final IntRange CONSEQUENT = new IntRange("max-consequent", 1, 100);
    public static final IntRange MEMORY_CAP = new IntRange("memory-cap", 16, 1 << 20);
    /** Default cap: a quarter of the heap, at least 64 MB. */
    public static final int DEFAULT_MEMORY_CAP_MB =
            (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1 << 20));

    public BasketSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new BadParameterException("min-support", "basket.param.support",
                    "must be a share of transactions above 0 and at most 1, was " + minSupport, minSupport);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new BadParameterException("min-confidence", "basket.param.confidence",
                    "must be from 0 to 1, was " + minConfidence, minConfidence);
        }
        MIN_LENGTH.check(minLength);
        LENGTH.check(maxLength);
        if (minLength > maxLength) {
            throw new BadParameterException("min-length", "basket.param.lengths",
                    "the min length (" + minLength + ") must not exceed the max length (" + maxLength + ")",
                    minLength, maxLength);
        }
        CONSEQUENT.check(maxConsequent);
        MEMORY_CAP.check(memoryCapMb);
    }

    /** arules' defaults for a given support and confidence: lengths 1 to 10, one-item consequents, FP-growth. */
    public static BasketSettings of(double minSupport, double minConfidence) {
        return new BasketSettings(minSupport, minConfidence, 1, 10, 1, MiningAlgorithm.FPGROWTH,
                DEFAULT_MEMORY_CAP_MB);
    }

    /** The smallest count an itemset must reach among {@code transactions}: ceil(minSupport x n), at least 1. */
    public int minCount(int transactions) {
        return (int) Math.max(1, Math.ceil(minSupport * transactions - 1e-9));
    }

    public BasketSettings withSupport(double s) {
        return new BasketSettings(s, minConfidence, minLength, maxLength, maxConsequent, algorithm, memoryCapMb);
    }

    public BasketSettings withConfidence(double c) {
        return new BasketSettings(minSupport, c, minLength, maxLength, maxConsequent, algorithm, memoryCapMb);
    }

    public BasketSettings withLengths(int min, int max) {
        return new BasketSettings(minSupport, minConfidence, min, max, maxConsequent, algorithm, memoryCapMb);
    }

    public BasketSettings withMaxConsequent(int m) {
        return new BasketSettings(minSupport, minConfidence, minLength, maxLength, m, algorithm, memoryCapMb);
    }

    public BasketSettings withAlgorithm(MiningAlgorithm a) {
        return new BasketSettings(minSupport, minConfidence, minLength, maxLength, maxConsequent, a, memoryCapMb);
    }

    public BasketSettings withMemoryCap(int mb) {
        return new BasketSettings(minSupport, minConfidence, minLength, maxLength, maxConsequent, algorithm, mb);
    }
}
