package org.crmworkbench.ui.basket;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.work.DoubleRange;

/**
 * The Baskets panel's share controls: the min support on a slider with a log scale (a support of 0.0001 and one of
 * 0.1 are equally easy to reach) and a spinner stepping 1, 2, 5, 10, ...; the min confidence on a plain slider. The
 * listener on the long-lived value goes through the view's {@link ViewScope}.
 */
final class BasketSliders {
    private BasketSliders() {
    }

    /** Binds {@code slider} to {@code value} on a log10 track from {@code min} to {@code max}. */
    static void bindLog(Slider slider, DoubleProperty value, double min, double max, ViewScope scope) {
        slider.setMin(Math.log10(min));
        slider.setMax(Math.log10(max));
        slider.setValue(Math.log10(Math.max(min, Math.min(max, value.get()))));
        boolean[] following = {false};
        slider.valueProperty().addListener((o, a, b) -> {
            double v = roundShare(Math.pow(10, b.doubleValue()));
            if (!following[0] && v != value.get()) {
                value.set(v);
            }
        });
        scope.onChange(value, (o, a, b) -> follow(slider, Math.log10(Math.max(min, Math.min(max, b.doubleValue()))),
                following));
    }

    /** Binds {@code slider} to {@code value} on a linear track over {@code range}, in hundredths. */
    static void bindLinear(Slider slider, DoubleProperty value, DoubleRange range, ViewScope scope) {
        slider.setMin(range.min());
        slider.setMax(range.max());
        slider.setValue(value.get());
        boolean[] following = {false};
        slider.valueProperty().addListener((o, a, b) -> {
            double v = Math.round(b.doubleValue() * 100) / 100.0;
            if (!following[0] && v != value.get()) {
                value.set(v);
            }
        });
        scope.onChange(value, (o, a, b) -> follow(slider, b.doubleValue(), following));
    }

    private static void follow(Slider slider, double position, boolean[] following) {
        following[0] = true;
        try {
            slider.setValue(position);
        } finally {
            following[0] = false;
        }
    }

    /** A share rounded to two significant digits, which is what a slider can point at. */
    static double roundShare(double v) {
        if (!(v > 0)) {
            return v;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / scale) * scale;
    }

    /** Binds a spinner to a share over {@code range}, stepping along 1, 2, 5, 10, 20, ... */
    static void bindSteps(Spinner<Double> spinner, DoubleProperty value, DoubleRange range, Locale locale,
                          ViewScope scope) {
        ShareSteps steps = new ShareSteps(range, locale);
        steps.setValue(value.get());
        spinner.setValueFactory(steps);
        steps.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != value.get()) {
                value.set(b);
            }
        });
        scope.onChange(value, (o, a, b) -> steps.setValue(b.doubleValue()));
    }

    /** Spinner values on the 1-2-5 sequence, written in the reader's locale with as many decimals as needed. */
    static final class ShareSteps extends SpinnerValueFactory<Double> {
        private final DoubleRange range;

        ShareSteps(DoubleRange range, Locale locale) {
            this.range = range;
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(8);
            format.setGroupingUsed(false);
            setConverter(new StringConverter<>() {
                @Override
                public String toString(Double v) {
                    return v == null ? "" : format.format(v);
                }

                @Override
                public Double fromString(String text) {
                    ParsePosition at = new ParsePosition(0);
                    Number n = text == null ? null : format.parse(text.trim(), at);
                    if (n == null || at.getIndex() != text.trim().length()) {
                        return getValue();
                    }
                    return Math.max(range.min(), Math.min(range.max(), n.doubleValue()));
                }
            });
            valueProperty().addListener((o, a, b) -> {
                if (b == null || b < range.min() || b > range.max()) {
                    setValue(a == null ? range.min() : a);
                }
            });
        }

        @Override
        public void decrement(int steps) {
            double v = getValue();
            for (int i = 0; i < steps; i++) {
                v = below(v);
            }
            setValue(Math.max(range.min(), v));
        }

        @Override
        public void increment(int steps) {
            double v = getValue();
            for (int i = 0; i < steps; i++) {
                v = above(v);
            }
            setValue(Math.min(range.max(), v));
        }

        /** The next 1-2-5 value above {@code v}. */
        static double above(double v) {
            double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
            for (double m : new double[] {1, 2, 5, 10}) {
                double next = roundShare(m * decade);
                if (next > v * (1 + 1e-9)) {
                    return next;
                }
            }
            return roundShare(20 * decade);
        }

        /** The next 1-2-5 value below {@code v}. */
        static double below(double v) {
            double decade = Math.pow(10, Math.floor(Math.log10(v) - 1e-9));
            for (double m : new double[] {5, 2, 1, 0.5}) {
                double next = roundShare(m * decade);
                if (next < v * (1 - 1e-9)) {
                    return next;
                }
            }
            return roundShare(0.2 * decade);
        }
    }
}
