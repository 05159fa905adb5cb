package org.crmworkbench.analysis.value;

import java.time.LocalDate;

/**
 * How many customers moved from each lifecycle stage at one date to each stage at a later date.
 *
 * @param from     the earlier date
 * @param to       the later date
 * @param counts   counts[a][b] = customers in stage a (ordinal) at {@code from} and stage b at {@code to}
 * @param arrivals arrivals[b] = customers who first bought after {@code from} and are in stage b at {@code to}
 */
public record StageMigration(LocalDate from, LocalDate to, int[][] counts, int[] arrivals) {
}
