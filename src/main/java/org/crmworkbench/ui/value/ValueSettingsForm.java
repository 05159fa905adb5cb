package org.crmworkbench.ui.value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.LifecycleThresholds;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.model.PurchaseSpan;
import org.crmworkbench.analysis.value.RfmSettings;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The values of the Value workspace's settings panel: calibration and holdout ends, period unit, model, CLV horizon,
 * discount rate and margin, RFM bins, lifecycle thresholds and the migration start. The discount rate and margin are
 * kept as fractions (0.1 = 10%), as {@link ClvSettings} takes them; the view shows them in percent.
 */
public final class ValueSettingsForm {
    /** The longest holdout the defaults propose: 39 weeks, as in Fader and Hardie's CDNOW split. */
    static final int MAX_DEFAULT_HOLDOUT_DAYS = 39 * 7;

    private static final LifecycleThresholds LIFECYCLE = LifecycleThresholds.defaults();

    private final ObjectProperty<LocalDate> calibrationEnd = new SimpleObjectProperty<>(this, "calibrationEnd");
    private final BooleanProperty holdout = new SimpleBooleanProperty(this, "holdout", true);
    private final ObjectProperty<LocalDate> holdoutEnd = new SimpleObjectProperty<>(this, "holdoutEnd");
    private final ObjectProperty<PeriodUnit> unit = new SimpleObjectProperty<>(this, "unit", PeriodUnit.WEEK);
    private final ObjectProperty<PurchaseModelKind> model = new SimpleObjectProperty<>(this, "model",
            PurchaseModelKind.BGNBD);
    private final BooleanProperty compareModels = new SimpleBooleanProperty(this, "compareModels", true);
    private final IntegerProperty horizon = new SimpleIntegerProperty(this, "horizon", 52);
    private final DoubleProperty discountRate = new SimpleDoubleProperty(this, "discountRate", 0.10);
    private final DoubleProperty margin = new SimpleDoubleProperty(this, "margin", 1.0);
    private final IntegerProperty rfmBins = new SimpleIntegerProperty(this, "rfmBins", 5);
    private final StringProperty recencyCuts = new SimpleStringProperty(this, "recencyCuts", "");
    private final StringProperty frequencyCuts = new SimpleStringProperty(this, "frequencyCuts", "");
    private final StringProperty monetaryCuts = new SimpleStringProperty(this, "monetaryCuts", "");
    private final IntegerProperty newDays = new SimpleIntegerProperty(this, "newDays", LIFECYCLE.newDays());
    private final IntegerProperty activeDays = new SimpleIntegerProperty(this, "activeDays", LIFECYCLE.activeDays());
    private final IntegerProperty lapsedDays = new SimpleIntegerProperty(this, "lapsedDays", LIFECYCLE.lapsedDays());
    private final IntegerProperty reactivationGap = new SimpleIntegerProperty(this, "reactivationGap",
            LIFECYCLE.reactivationGap());
    private final DoubleProperty atRiskAlive = new SimpleDoubleProperty(this, "atRiskAlive", LIFECYCLE.atRiskAlive());
    private final DoubleProperty lostAlive = new SimpleDoubleProperty(this, "lostAlive", LIFECYCLE.lostAlive());
    private final ObjectProperty<LocalDate> migrationFrom = new SimpleObjectProperty<>(this, "migrationFrom");

    ValueSettingsForm() {
        // a new unit keeps the horizon's length in time: 52 weeks become 12 months
        unit.addListener((o, before, now) -> {
            if (before != null && now != null && before != now) {
                horizon.set(ClvSettings.HORIZON.clamp((int) Math.round(horizon.get() * before.days() / now.days())));
            }
        });
    }

    /**
     * Proposes dates for purchases spanning {@code span}: the holdout is the last third of the span, at most 39
     * weeks, and the calibration ends the day before it begins; the migration start is left to its default (a year
     * before the calibration end) unless that lies before the first purchase, when it is the span's first third.
     */
    void propose(PurchaseSpan span) {
        long days = ChronoUnit.DAYS.between(span.first(), span.last());
        long holdoutDays = Math.min(days / 3, MAX_DEFAULT_HOLDOUT_DAYS);
        if (holdoutDays < 1) {
            calibrationEnd.set(span.last());
            holdout.set(false);
            holdoutEnd.set(null);
        } else {
            calibrationEnd.set(span.last().minusDays(holdoutDays));
            holdout.set(true);
            holdoutEnd.set(span.last());
        }
        LocalDate yearBefore = calibrationEnd.get().minusYears(1);
        long calibrationDays = ChronoUnit.DAYS.between(span.first(), calibrationEnd.get());
        migrationFrom.set(yearBefore.isBefore(span.first()) && calibrationDays >= 2
                ? span.first().plusDays(calibrationDays / 2) : null);
    }

    /**
     * The analysis the form asks for.
     *
     * @throws BadParameterException naming the parameter when one is missing or out of range
     */
    public ValueSettings settings() {
        LocalDate end = calibrationEnd.get();
        if (end == null) {
            throw new BadParameterException("calibration-end", "value.ws.error.calibrationEnd",
                    "choose the calibration end date");
        }
        LocalDate holdoutDate = holdout.get() ? holdoutEnd.get() : null;
        if (holdout.get() && holdoutDate == null) {
            throw new BadParameterException("holdout-end", "value.ws.error.holdoutMissing",
                    "choose the holdout end date, or untick the holdout");
        }
        LifecycleThresholds lifecycle = new LifecycleThresholds(newDays.get(), activeDays.get(), lapsedDays.get(),
                reactivationGap.get(), atRiskAlive.get(), lostAlive.get());
        return new ValueSettings(end, holdoutDate, unit.get(), model.get(), compareModels.get(), clv(),
                new RfmSettings(rfmBins.get(), RfmSettings.parseCuts("recency-cuts", recencyCuts.get()),
                        RfmSettings.parseCuts("frequency-cuts", frequencyCuts.get()),
                        RfmSettings.parseCuts("monetary-cuts", monetaryCuts.get())),
                lifecycle, migrationFrom.get());
    }

    /** The CLV settings as they stand; throws a {@link BadParameterException} when one is out of range. */
    public ClvSettings clv() {
        return new ClvSettings(horizon.get(), discountRate.get(), margin.get());
    }

    public ObjectProperty<LocalDate> calibrationEndProperty() {
        return calibrationEnd;
    }

    /** Whether a holdout window is used (the model checks need one). */
    public BooleanProperty holdoutProperty() {
        return holdout;
    }

    public ObjectProperty<LocalDate> holdoutEndProperty() {
        return holdoutEnd;
    }

    public ObjectProperty<PeriodUnit> unitProperty() {
        return unit;
    }

    public ObjectProperty<PurchaseModelKind> modelProperty() {
        return model;
    }

    public BooleanProperty compareModelsProperty() {
        return compareModels;
    }

    /** Periods ahead the CLV counts, in the unit chosen. */
    public IntegerProperty horizonProperty() {
        return horizon;
    }

    /** The annual discount rate as a fraction. */
    public DoubleProperty discountRateProperty() {
        return discountRate;
    }

    /** The margin as a fraction of spend. */
    public DoubleProperty marginProperty() {
        return margin;
    }

    /** The analyst's recency cut points in days, separated by commas; blank for quantile bins. */
    public StringProperty recencyCutsProperty() {
        return recencyCuts;
    }

    public StringProperty frequencyCutsProperty() {
        return frequencyCuts;
    }

    public StringProperty monetaryCutsProperty() {
        return monetaryCuts;
    }

    public IntegerProperty rfmBinsProperty() {
        return rfmBins;
    }

    public IntegerProperty newDaysProperty() {
        return newDays;
    }

    public IntegerProperty activeDaysProperty() {
        return activeDays;
    }

    public IntegerProperty lapsedDaysProperty() {
        return lapsedDays;
    }

    public IntegerProperty reactivationGapProperty() {
        return reactivationGap;
    }

    public DoubleProperty atRiskAliveProperty() {
        return atRiskAlive;
    }

    public DoubleProperty lostAliveProperty() {
        return lostAlive;
    }

    /** The earlier date of the stage migration; null for a year before the calibration end. */
    public ObjectProperty<LocalDate> migrationFromProperty() {
        return migrationFrom;
    }

    public IntRange horizonRange() {
        return ClvSettings.HORIZON;
    }

    public DoubleRange discountRange() {
        return ClvSettings.DISCOUNT;
    }

    public DoubleRange marginRange() {
        return ClvSettings.MARGIN;
    }

    public IntRange binsRange() {
        return RfmSettings.BINS;
    }

    public IntRange daysRange() {
        return LifecycleThresholds.DAYS;
    }

    public DoubleRange aliveRange() {
        return LifecycleThresholds.ALIVE;
    }
}
