package org.crmworkbench.ui.segments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.segment.FeaturePreparation;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.SegmentRunRecord;

/**
 * The features the analyst can tick: every numeric and categorical feature read. Ticks survive a reload; a restored
 * run ticks the features it used. FX thread only.
 */
final class FeatureChoices {
    private final ObservableList<FeatureChoice> choices = FXCollections.observableArrayList();
    private final Runnable changed;

    /** {@code changed} runs whenever a tick changes. */
    FeatureChoices(Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    ObservableList<FeatureChoice> list() {
        return choices;
    }

    /**
     * Offers the features of {@code table}, ticking those of {@code run} when given, else those ticked before, else
     * {@code defaults}.
     */
    void offer(FeatureTable table, List<String> defaults, SegmentRunRecord run) {
        Set<String> ticked = new HashSet<>(chosen());
        if (run != null) {
            ticked.clear();
            ticked.addAll(run.features().stream().map(FeatureChoices::sourceFeature).toList());
        }
        if (ticked.isEmpty()) {
            ticked.addAll(defaults);
        }
        List<FeatureChoice> offered = new ArrayList<>();
        table.numeric().forEach(c -> offered.add(choice(c.name(), false, ticked)));
        table.categories().forEach(c -> offered.add(choice(c.name(), true, ticked)));
        choices.setAll(offered);
    }

    /** The ticked features. */
    List<String> chosen() {
        return choices.stream().filter(FeatureChoice::isSelected).map(FeatureChoice::name).toList();
    }

    private FeatureChoice choice(String name, boolean category, Set<String> ticked) {
        FeatureChoice c = new FeatureChoice(name, category, ticked.contains(name));
        c.selectedProperty().addListener((o, a, b) -> changed.run());
        return c;
    }

    /** A one-hot column {@code region=North} came from the feature {@code region}. */
    private static String sourceFeature(String column) {
        int at = column.indexOf(FeaturePreparation.ONE_HOT);
        return at < 0 ? column : column.substring(0, at);
    }
}
