package org.crmworkbench.ui.assistant;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.assistant.AssistantSettings;
import org.crmworkbench.work.DoubleRange;

/**
 * The Assistant workspace's settings as properties: the out-of-scope label, whether the threshold is chosen on
 * held-out examples or fixed (and its fixed value), and what a wrong answer costs against a correct one when it is
 * chosen; {@link #settings()} turns them into {@link AssistantSettings}, whose checks name the setting. FX thread
 * only.
 */
public final class AssistantSettingsForm {
    static final DoubleRange THRESHOLD = new DoubleRange("threshold", 0, 1, 0.05);
    static final DoubleRange WRONG_COST = new DoubleRange("wrong-answer-cost", 0, 10, 0.5);

    private final AssistantSettings defaults = AssistantSettings.defaults();
    private final StringProperty oosLabel = new SimpleStringProperty(this, "oosLabel", defaults.oosLabel());
    private final ObjectProperty<ThresholdMode> mode = new SimpleObjectProperty<>(this, "mode",
            ThresholdMode.CHOSEN);
    private final DoubleProperty fixedThreshold = new SimpleDoubleProperty(this, "fixedThreshold", 0.5);
    private final DoubleProperty wrongCost = new SimpleDoubleProperty(this, "wrongCost",
            defaults.wrongAnswerCost());

    AssistantSettingsForm() {
    }

    /** The settings as they stand (a BadParameterException naming the setting when one is not acceptable). */
    public AssistantSettings settings() {
        AssistantSettings s = defaults.withOosLabel(oosLabel.get()).withWrongAnswerCost(wrongCost.get());
        return mode.get() == ThresholdMode.FIXED ? s.withThreshold(fixedThreshold.get()) : s;
    }

    /** Every value whose change trains the assistant again. */
    List<Observable> all() {
        return List.of(oosLabel, mode, fixedThreshold, wrongCost);
    }

    public StringProperty oosLabelProperty() {
        return oosLabel;
    }

    public ObjectProperty<ThresholdMode> modeProperty() {
        return mode;
    }

    public DoubleProperty fixedThresholdProperty() {
        return fixedThreshold;
    }

    public DoubleProperty wrongCostProperty() {
        return wrongCost;
    }

    public DoubleRange thresholdRange() {
        return THRESHOLD;
    }

    public DoubleRange wrongCostRange() {
        return WRONG_COST;
    }
}
