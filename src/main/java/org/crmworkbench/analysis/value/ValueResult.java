package org.crmworkbench.analysis.value;

import java.util.List;
import java.util.Objects;

/**
 * A value analysis with everything the window, the files and a report show.
 *
 * @param settings     what was asked
 * @param summaries    the customers' calibration summaries
 * @param model        the fitted purchase model that values the customers
 * @param others       the other purchase model when the comparison was asked, else empty
 * @param spend        the fitted Gamma-Gamma spend model
 * @param independence the frequency / monetary value correlation the spend model assumes away
 * @param customers    one per summary, same order
 * @param rfm          the RFM table
 * @param holdout      calibration against holdout, or null without a holdout
 * @param tracking     cumulative repeat purchases, actual against the model
 * @param comparison   the models side by side
 * @param stages       lifecycle stage sizes over time
 * @param migration    stage migration from {@code settings.migrationFrom()} to the calibration end
 */
public record ValueResult(ValueSettings settings, CustomerSummaries summaries, PurchaseModel model,
                          List<PurchaseModel> others, GammaGammaModel spend, SpendIndependence independence,
                          List<CustomerValue> customers, RfmTable rfm, HoldoutComparison holdout, Tracking tracking,
                          ModelComparison comparison, StageHistory stages, StageMigration migration) {
    public ValueResult {
        Objects.requireNonNull(settings, "settings");
        others = List.copyOf(others);
        customers = List.copyOf(customers);
        if (customers.size() != summaries.size()) {
            throw new IllegalArgumentException("one value per customer summary");
        }
    }
}
