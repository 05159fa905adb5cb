package org.crmworkbench.ui.segments;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The settings panel's spinners for decimal parameters (eps, the outlier rules) and the seed, with the limits of the
 * parameter's range; whole-number parameters use {@link org.crmworkbench.ui.common.SliderSpinner}. A spinner sets
 * the form's value and follows it (a restored run) through the view's scope.
 */
final class SettingSpinners {
    private SettingSpinners() {
    }

    static void bind(Spinner<Double> spinner, DoubleProperty value, DoubleRange range, ViewScope scope) {
        DoubleSpinnerValueFactory values = new DoubleSpinnerValueFactory(range.min(), range.max(), value.get(),
                range.step());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.get()) {
                value.set(b);
            }
        });
        scope.onChange(value, (o, a, b) -> values.setValue(b.doubleValue()));
    }

    static void bind(Spinner<Integer> spinner, LongProperty seed, IntRange range, ViewScope scope) {
        IntegerSpinnerValueFactory values = new IntegerSpinnerValueFactory(range.min(), range.max(),
                (int) Math.max(range.min(), Math.min(range.max(), seed.get())));
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != seed.get()) {
                seed.set(b);
            }
        });
        scope.onChange(seed, (o, a, b) -> values.setValue(range.clamp((int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, b.longValue())))));
    }
}
