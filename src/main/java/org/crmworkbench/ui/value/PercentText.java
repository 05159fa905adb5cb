package org.crmworkbench.ui.value;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * A fraction shown and typed in percent: 0.1 is "10%", and "12.5", "12.5%" or "12,5 %" (in a locale that writes
 * decimal commas) is 0.125. Text that is not a number gives null, which a spinner ignores.
 */
final class PercentText extends StringConverter<Double> {
    private final Locale locale;

    PercentText(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String toString(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    @Override
    public Double fromString(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace("%", "").replace("\uff05", "").trim();
        if (digits.isEmpty()) {
            return null;
        }
        ParsePosition at = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(locale).parse(digits, at);
        if (n == null || at.getIndex() != digits.length()) {
            return null;
        }
        return n.doubleValue() / 100.0;
    }
}
