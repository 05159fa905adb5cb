package org.crmworkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored value analysis: enough to draw its report items again (the RFM table, the CLV distribution, the top
 * customers, the P(alive) map from the model's parameters, the migration flow) and to trace its numbers back.
 *
 * @param id             the run's id in {@code analysis_runs} (0 before it is saved)
 * @param startedAt      when it started
 * @param appVersion     the workbench version that made it
 * @param dataSource     where the purchases came from (the database, or a file's name)
 * @param model          the purchase model's key ({@code bgnbd}, {@code pnbd})
 * @param unit           the period unit's key ({@code day}, {@code week}, {@code month})
 * @param calibrationEnd the calibration end
 * @param holdoutEnd     the holdout end, or null
 * @param horizon        CLV horizon in periods
 * @param discountRate   annual discount rate
 * @param margin         margin
 * @param parameters     the CLI's {@code parameters.json} as text
 * @param customers      customers valued
 * @param totalClv       the sum of their CLV
 * @param maxFrequency   the largest frequency (the P(alive) map's extent)
 * @param maxAge         the largest age T in periods (the P(alive) map's extent)
 * @param rfmSegments    one row per RFM segment, in the segments' order
 * @param clvBins        the CLV distribution
 * @param topCustomers   the customers with the highest CLV, highest first
 * @param migration      stage migration counts
 */
public record ValueRunRecord(long id, Instant startedAt, String appVersion, String dataSource, String model,
                             String unit, LocalDate calibrationEnd, LocalDate holdoutEnd, int horizon,
                             double discountRate, double margin, String parameters, int customers, double totalClv,
                             int maxFrequency, double maxAge, List<RfmRow> rfmSegments, List<ClvBin> clvBins,
                             List<TopCustomer> topCustomers, Migration migration) {
    public ValueRunRecord {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        parameters = parameters == null ? "{}" : parameters;
        rfmSegments = List.copyOf(rfmSegments);
        clvBins = List.copyOf(clvBins);
        topCustomers = List.copyOf(topCustomers);
        Objects.requireNonNull(migration, "migration");
    }

    public ValueRunRecord withId(long newId) {
        return new ValueRunRecord(newId, startedAt, appVersion, dataSource, model, unit, calibrationEnd, holdoutEnd,
                horizon, discountRate, margin, parameters, customers, totalClv, maxFrequency, maxAge, rfmSegments,
                clvBins, topCustomers, migration);
    }

    /**
     * One RFM segment.
     *
     * @param segment          the segment's key ({@code champions}, ...)
     * @param customers        customers in it
     * @param meanRecencyDays  mean days since the last purchase
     * @param meanPurchases    mean purchase days
     * @param meanSpend        mean total spend
     * @param totalClv         the segment's summed CLV
     */
    public record RfmRow(String segment, int customers, double meanRecencyDays, double meanPurchases,
                         double meanSpend, double totalClv) {
    }

    /** Customers whose CLV lies in [lower, upper). */
    public record ClvBin(double lower, double upper, int customers) {
    }

    /** One of the most valuable customers; {@code segment} is the RFM segment's key, {@code stage} the stage's. */
    public record TopCustomer(String customerId, double clv, double probabilityAlive, double expectedPurchases,
                              String segment, String stage) {
    }

    /**
     * Stage migration: {@code counts[a][b]} customers from stage a (ordinal of the lifecycle stages) at {@code from}
     * to stage b at {@code to}; {@code arrivals[b]} first bought after {@code from}.
     */
    public record Migration(LocalDate from, LocalDate to, int[][] counts, int[] arrivals) {
    }
}
