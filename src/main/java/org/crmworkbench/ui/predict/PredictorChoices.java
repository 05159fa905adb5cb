package org.crmworkbench.ui.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.ui.segments.FeatureChoice;

/**
 * The columns one Predict tab offers: targets (numeric columns the tab accepts) and features (every other column
 * before the cutoff, outcomes left out). Ticks survive a reload where the column is still there.
 */
public final class PredictorChoices {
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList();
    private final Predicate<double[]> targetTest;

    /** @param targetTest which numeric columns may be a target */
    PredictorChoices(Predicate<double[]> targetTest) {
        this.targetTest = targetTest;
    }

    /** Offers the columns of {@code history}; returns the target to keep ({@code preferred} when still offered). */
    String offer(CustomerHistory history, String preferred) {
        FeatureTable table = history.atCutoff().table();
        Set<String> ticked = new HashSet<>();
        features.stream().filter(FeatureChoice::isSelected).forEach(f -> ticked.add(f.name()));
        if (features.isEmpty()) {
            ticked.addAll(CustomerFeatureReader.DEFAULT_FEATURES);
        }
        List<String> offered = new ArrayList<>();
        List<FeatureChoice> choices = new ArrayList<>();
        for (FeatureTable.NumericColumn c : table.numeric()) {
            if (targetTest.test(c.values())) {
                offered.add(c.name());
            }
            if (!CustomerHistory.OUTCOMES.contains(c.name())) {
                choices.add(new FeatureChoice(c.name(), false, ticked.contains(c.name())));
            }
        }
        table.categories().forEach(c -> choices.add(new FeatureChoice(c.name(), true, ticked.contains(c.name()))));
        targets.setAll(offered);
        features.setAll(choices);
        return offered.contains(preferred) ? preferred : offered.isEmpty() ? null : offered.get(0);
    }

    /** The ticked features, the target left out. */
    List<String> chosen(String target) {
        return features.stream().filter(FeatureChoice::isSelected).map(FeatureChoice::name)
                .filter(f -> !f.equals(target)).toList();
    }

    public ObservableList<String> targets() {
        return targets;
    }

    public ObservableList<FeatureChoice> features() {
        return features;
    }

    /** Columns whose known values are all 0 or 1 (and not all the same). */
    static boolean binary(double[] values) {
        boolean zero = false;
        boolean one = false;
        for (double v : values) {
            if (v == 0) {
                zero = true;
            } else if (v == 1) {
                one = true;
            } else if (!Double.isNaN(v)) {
                return false;
            }
        }
        return zero && one;
    }

    static boolean any(double[] values) {
        return Arrays.stream(values).anyMatch(Double::isFinite);
    }
}
