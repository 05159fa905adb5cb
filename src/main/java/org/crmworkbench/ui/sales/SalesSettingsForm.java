package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.work.IntRange;

/**
 * The Sales team workspace's settings as properties: outcome, the factors adjusted for (one check box per factor
 * the orders carry), season, period and churn window; {@link #settings()} turns them into {@link RepSettings}.
 * FX thread only.
 */
public final class SalesSettingsForm {
    private final RepSettings defaults = RepSettings.defaults();
    private final ObjectProperty<OutcomeOption> outcome = new SimpleObjectProperty<>(this, "outcome",
            OutcomeOption.of(defaults.outcome()));
    private final BooleanProperty season = new SimpleBooleanProperty(this, "season", defaults.season());
    private final ObjectProperty<PeriodOption> period = new SimpleObjectProperty<>(this, "period",
            PeriodOption.of(defaults.period()));
    private final IntegerProperty churnWindow = new SimpleIntegerProperty(this, "churnWindow",
            defaults.churnWindowDays());
    /** One check per factor the orders carry, in their order; rebuilt when other orders are read. */
    private final ObservableList<Factor> factors = FXCollections.observableArrayList(
            f -> new Observable[] {f.adjusted()});
    /** What was ticked before, kept across reads so a file with the same factors keeps the choice. */
    private final Map<String, Boolean> remembered = new LinkedHashMap<>();

    /** A factor the orders carry and whether the comparison adjusts for it. */
    public record Factor(String name, BooleanProperty adjusted) {
    }

    SalesSettingsForm() {
        for (String f : defaults.adjustFor()) {
            remembered.put(f, true);
        }
    }

    /** Offers a check per factor name, ticked as before (region and channel by default). */
    void useFactors(List<String> names) {
        for (Factor f : factors) {
            remembered.put(f.name(), f.adjusted().get());
        }
        List<Factor> next = new ArrayList<>();
        for (String name : names) {
            next.add(new Factor(name, new SimpleBooleanProperty(remembered.getOrDefault(name, false))));
        }
        factors.setAll(next);
    }

    /** The settings as they stand (may throw BadParameterException). */
    public RepSettings settings() {
        List<String> adjust = factors.stream().filter(f -> f.adjusted().get()).map(Factor::name).toList();
        return new RepSettings(outcome.get().outcome(), adjust, season.get(), period.get().period(), churnWindow.get(),
                defaults.horizon());
    }

    /** Every value whose change re-runs the analysis. */
    List<Observable> all() {
        return List.of(outcome, season, period, churnWindow, factors);
    }

    public ObjectProperty<OutcomeOption> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty seasonProperty() {
        return season;
    }

    public ObjectProperty<PeriodOption> periodProperty() {
        return period;
    }

    /** The churn window's range in days. */
    public IntRange churnRange() {
        return RepSettings.CHURN_WINDOW;
    }

    public IntegerProperty churnWindowProperty() {
        return churnWindow;
    }

    public ObservableList<Factor> factors() {
        return factors;
    }
}
