package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * Everything a value analysis is asked.
 *
 * @param calibrationEnd the last day of the calibration window (included)
 * @param holdoutEnd     the last day of the holdout window, after the calibration end, or null for none
 * @param unit           the period unit of recency, age and horizon
 * @param model          the purchase model that values customers
 * @param compareModels  also fit the other purchase model, for the comparison
 * @param clv            horizon, discount rate and margin
 * @param rfm            RFM bins or cut points
 * @param lifecycle      lifecycle thresholds
 * @param migrationFrom  the earlier date of the stage migration (to the calibration end); null for one year before it
 */
public record ValueSettings(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit, PurchaseModelKind model,
                            boolean compareModels, ClvSettings clv, RfmSettings rfm, LifecycleThresholds lifecycle,
                            LocalDate migrationFrom) {
    public ValueSettings {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(clv, "clv");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new BadParameterException("holdout-end", "value.error.holdoutEnd",
                    "the holdout end must come after the calibration end", holdoutEnd, calibrationEnd);
        }
        if (migrationFrom == null) {
            migrationFrom = calibrationEnd.minusYears(1);
        }
        if (!migrationFrom.isBefore(calibrationEnd)) {
            throw new BadParameterException("migration-from", "value.error.migrationFrom",
                    "the migration start must come before the calibration end", migrationFrom, calibrationEnd);
        }
    }

    /** Weekly BG/NBD with the model comparison, a 52-week horizon at 10% a year, full margin, RFM quintiles. */
    public static ValueSettings defaults(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return new ValueSettings(calibrationEnd, holdoutEnd, PeriodUnit.WEEK, PurchaseModelKind.BGNBD, true,
                new ClvSettings(52, 0.10, 1.0), RfmSettings.quantiles(5), LifecycleThresholds.defaults(), null);
    }

    public ValueSettings withClv(ClvSettings newClv) {
        return new ValueSettings(calibrationEnd, holdoutEnd, unit, model, compareModels, newClv, rfm, lifecycle,
                migrationFrom);
    }
}
