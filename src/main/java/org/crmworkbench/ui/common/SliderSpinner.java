package org.crmworkbench.ui.common;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The window's number controls, each bound to one parameter and to the limits of its range. Above all a slider and
 * a spinner that both show and set one whole-number parameter, with the limits of the parameter's
 * {@link IntRange}: dragging the slider moves the spinner, typing into the spinner moves the slider, and a change of
 * the view model's value (a restored run) moves both. The slider and spinner come from the view's FXML; the
 * listener on the long-lived value goes through the view's {@link ViewScope}.
 */
public final class SliderSpinner {
    private SliderSpinner() {
    }

    /**
     * Binds {@code slider} and {@code spinner} to {@code value}. The slider may show less than the whole range (a
     * short, readable track): {@code sliderMax} caps it, while the spinner accepts the whole range.
     */
    public static void bind(Slider slider, Spinner<Integer> spinner, IntegerProperty value, IntRange range,
                            int sliderMax, ViewScope scope) {
        bind(slider, value, range, sliderMax, scope);
        bind(spinner, value, range, scope);
    }

    /**
     * Binds a slider alone to {@code value} over a track from the range's minimum to {@code sliderMax}. A value set
     * elsewhere moves the knob (to the track's end when it lies beyond), without the knob writing that end back.
     */
    public static void bind(Slider slider, IntegerProperty value, IntRange range, int sliderMax, ViewScope scope) {
        Objects.requireNonNull(slider, "slider");
        Objects.requireNonNull(value, "value");
        slider.setMin(range.min());
        slider.setMax(Math.max(range.min(), Math.min(range.max(), sliderMax)));
        slider.setValue(value.get());
        boolean[] following = {false};
        slider.valueProperty().addListener((o, a, b) -> {
            int v = range.clamp((int) Math.round(b.doubleValue()));
            if (!following[0] && v != value.get()) {
                value.set(v);
            }
        });
        scope.onChange(value, (o, a, b) -> {
            following[0] = true;
            try {
                slider.setValue(b.intValue());
            } finally {
                following[0] = false;
            }
        });
    }

    /** Binds {@code slider} and {@code spinner} to {@code value} over the parameter's whole range. */
    public static void bind(Slider slider, Spinner<Integer> spinner, IntegerProperty value, IntRange range,
                            ViewScope scope) {
        bind(slider, spinner, value, range, range.max(), scope);
    }

    /** Binds a spinner alone to {@code value} with the limits of {@code range}; returns its value factory. */
    public static IntegerSpinnerValueFactory bind(Spinner<Integer> spinner, IntegerProperty value, IntRange range,
                                                  ViewScope scope) {
        IntegerSpinnerValueFactory values = new IntegerSpinnerValueFactory(range.min(), range.max(),
                range.clamp(value.get()));
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.get()) {
                value.set(b);
            }
        });
        scope.onChange(value, (o, a, b) -> values.setValue(range.clamp(b.intValue())));
        return values;
    }

    /** Binds a decimal spinner to {@code value} with the limits and step of {@code range}. */
    public static DoubleSpinnerValueFactory bind(Spinner<Double> spinner, DoubleProperty value, DoubleRange range,
                                                 ViewScope scope) {
        DoubleSpinnerValueFactory values = new DoubleSpinnerValueFactory(range.min(), range.max(), value.get(),
                range.step());
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.get()) {
                value.set(b);
            }
        });
        scope.onChange(value, (o, a, b) -> values.setValue(b.doubleValue()));
        return values;
    }

    /** Binds a spinner to a seed (a long the spinner shows within {@code range}). */
    public static IntegerSpinnerValueFactory bindSeed(Spinner<Integer> spinner, LongProperty seed, IntRange range,
                                                      ViewScope scope) {
        IntegerSpinnerValueFactory values = new IntegerSpinnerValueFactory(range.min(), range.max(),
                range.clamp((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seed.get()))));
        spinner.setValueFactory(values);
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != seed.get()) {
                seed.set(b);
            }
        });
        scope.onChange(seed, (o, a, b) -> values.setValue(range.clamp((int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, b.longValue())))));
        return values;
    }
}
